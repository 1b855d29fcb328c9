package se.regionsok.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.regionsok.analysis.ResourceTable;

/**
 * What sets one region's answer apart from the others' answers to the same question: its own
 * heading or the lead phrase of its first sentence, after the yes/no it ticked.
 *
 * <p>The rule: a line that is only the ticked "Svar: Ja." is skipped (form text never reaches the
 * answer: {@link FormBoilerplate}, {@link QuestionRecords#questionEnd}). A first line of at most {@value #HEADING_WORDS} words without closing
 * punctuation, not a list item and with text after it is the answer's heading and is taken whole.
 * Otherwise the first sentence is taken up to {@value #MAX_WORDS} words, cut earlier at a comma,
 * colon or dash after at least {@value #MIN_CLAUSE_WORDS} words, with trailing function words
 * ({@code lead-weak-endings.txt}) dropped and "…" where the sentence goes on. A yes/no answer is
 * put first ("Ja. …").
 */
final class AnswerLead {
  private static final int MAX_WORDS = 7;
  private static final int MIN_CLAUSE_WORDS = 4;
  private static final int HEADING_WORDS = 8;
  private static final Set<String> WEAK_ENDINGS = ResourceTable.read(AnswerLead.class, "lead-weak-endings.txt")
      .stream().map(List::getFirst).collect(Collectors.toSet());
  private static final Pattern TICKED = Pattern.compile("^(Svar:\\s*)?(Ja|Nej)\\b[.,:]?\\s*");
  private static final Pattern BULLET = Pattern.compile("^([•«*·–-]|\\d{1,2}[.)])\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu}|\\d)");
  private static final Pattern CLOSING = Pattern.compile("[.!?:;,]$");

  private AnswerLead() {}

  /**
   * The lead of an answer's text, after the "Ja"/"Nej" ticked for it ({@code yesNo}, or null) or
   * opening it (unless its parts answer differently); "" when it has neither.
   */
  static String of(String text, String yesNo, boolean partsDiffer) {
    List<String> lines = new ArrayList<>(text.lines().map(String::strip)
        .filter(line -> !line.isEmpty()).toList());
    String said = yesNo;
    Matcher ticked = lines.isEmpty() ? null : TICKED.matcher(lines.getFirst());
    if (ticked != null && ticked.find()) {
      // where the parts answer differently, the first box speaks only for the first part
      said = said == null && !partsDiffer ? ticked.group(2) : said;
      String after = lines.getFirst().substring(ticked.end());
      if (after.isEmpty()) {
        lines.removeFirst();
      } else {
        lines.set(0, after);
      }
    }
    String phrase = lines.isEmpty() ? "" : lead(lines.getFirst(), lines.size() > 1);
    if (said == null) {
      return phrase;
    }
    return phrase.isEmpty() ? said : said + ". " + phrase;
  }

  private static String lead(String firstLine, boolean textFollows) {
    String line = BULLET.matcher(firstLine).replaceFirst("");
    boolean listItem = !line.equals(firstLine);
    if (textFollows && !listItem && line.split("\\s+").length <= HEADING_WORDS
        && !CLOSING.matcher(line).find()) {
      return line; // the answer's own heading
    }
    return clipped(SENTENCE_END.split(line, 2)[0].split("\\s+"));
  }

  /** The sentence's opening words, cut at a clause boundary where one is near enough. */
  private static String clipped(String[] words) {
    int end = Math.min(words.length, MAX_WORDS);
    for (int i = end - 2; end < words.length && i >= MIN_CLAUSE_WORDS - 1; i--) {
      if (words[i].matches(".*[,:;]") || words[i + 1].matches("[–-]")) {
        end = i + 1;
        break;
      }
    }
    boolean cut = end < words.length;
    List<String> kept = new ArrayList<>(Arrays.asList(words).subList(0, end));
    kept.set(kept.size() - 1, kept.getLast().replaceAll("[.!?:;,]+$", ""));
    while (kept.size() > 1 && WEAK_ENDINGS.contains(kept.getLast().toLowerCase(Locale.ROOT))) {
      kept.removeLast();
      cut = true;
    }
    return String.join(" ", kept) + (cut ? "…" : "");
  }
}
