package se.regionsok.enrich;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.analysis.SwedishAnalyzers;

/**
 * A comparison key for phrase matching: lower-cased, folded to ASCII, punctuation turned into
 * single spaces and padded with a space at each end, so that " phrase " finds whole words.
 * Folding lets one phrase list match both the clean table and the OCR'd reports that lost å/ä/ö.
 */
final class TextKey {
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  /**
   * "delmål 14, 15 och 16" → "delmal 14 delmal 15 delmal 16" and "RUS 2 och 3" → "rus 2 rus 3",
   * so each numbered goal is a phrase of its own.
   */
  private static final Pattern NUMBER_LIST =
      Pattern.compile("\\b((?:del|effekt)?mal(?:omrade)?|rus) (\\d+)((?: (?:och |samt )?\\d+\\b)+)");
  /** "effektmål 1–4" names goals 1, 2, 3 and 4: a range becomes the list of its numbers. */
  private static final Pattern NUMBER_RANGE =
      Pattern.compile("\\b((?:del|effekt)?mal(?:omrade)?|rus) (\\d{1,2}) ?[-–—] ?(\\d{1,2})\\b");
  private static final int MAX_RANGE = 30;

  private TextKey() {}

  static String of(String text) {
    String words = NON_WORD.matcher(expandRanges(SwedishAnalyzers.fold(text))).replaceAll(" ").trim();
    return " " + expandNumberLists(words) + " ";
  }

  private static String expandRanges(String folded) {
    return NUMBER_RANGE.matcher(folded).replaceAll(m -> {
      int from = Integer.parseInt(m.group(2));
      int to = Integer.parseInt(m.group(3));
      if (to <= from || to - from > MAX_RANGE) {
        return m.group();
      }
      StringBuilder list = new StringBuilder(m.group(1));
      for (int n = from; n <= to; n++) {
        list.append(' ').append(n);
      }
      return list.toString();
    });
  }

  private static String expandNumberLists(String words) {
    Matcher m = NUMBER_LIST.matcher(words);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      StringBuilder expanded = new StringBuilder(m.group(1)).append(' ').append(m.group(2));
      for (String number : m.group(3).replaceAll("och |samt ", "").trim().split(" ")) {
        expanded.append(' ').append(m.group(1)).append(' ').append(number);
      }
      m.appendReplacement(out, expanded.toString());
    }
    m.appendTail(out);
    return out.toString();
  }
}
