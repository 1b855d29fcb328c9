package se.regionsok.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the footnote lines that PDF extraction put into the running text (corpus notes §1.2,
 * §1.5): the template's "1 För definitioner … Anvisningar." and "2 Ibid." wherever they are, and
 * any marker-led paragraph ("3 Följande aktörer …", "* Exempel …", "L För …") or link line that
 * sits just before a page break (a run of three or more blank lines).
 */
public final class Footnotes {
  private static final Pattern TEMPLATE_NOTE =
      Pattern.compile("^\\s?(\\d{1,2}|[LI*])\\s+(F[oö]r definitioner|Ibid\\.)");
  private static final Pattern MARKER_LED = Pattern.compile("^\\s?(\\d{1,2}|[LI*'’])\\s*\\p{L}");
  private static final Pattern LINK = Pattern.compile("^\\s*(https?://|www\\.)\\S*\\s*$");
  private static final int PAGE_BREAK_BLANKS = 3;

  private Footnotes() {}

  /** For every line (0-based) whether it belongs to a footnote. */
  public static boolean[] of(List<String> lines) {
    boolean[] footnote = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      if (TEMPLATE_NOTE.matcher(lines.get(i)).find()) {
        markNote(lines, i, footnote);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (isBlank(lines, i) && blankRunFrom(lines, i) >= PAGE_BREAK_BLANKS
          && (i == 0 || !isBlank(lines, i - 1))) {
        markNotesBefore(lines, i, footnote);
      }
    }
    return footnote;
  }

  /** Walks back over the paragraphs before a page break while they look like notes or links. */
  private static void markNotesBefore(List<String> lines, int pageBreak, boolean[] footnote) {
    int end = pageBreak - 1;
    while (end >= 0) {
      while (end >= 0 && isBlank(lines, end)) {
        end--;
      }
      int start = end;
      while (start > 0 && !isBlank(lines, start - 1)) {
        start--;
      }
      if (start < 0 || !looksLikeNote(lines, start, end)) {
        return;
      }
      for (int k = start; k <= end; k++) {
        footnote[k] = true;
      }
      end = start - 1;
    }
  }

  private static boolean looksLikeNote(List<String> lines, int start, int end) {
    if (MARKER_LED.matcher(lines.get(start)).find()
        && !lines.get(start).matches("^\\s?\\d{1,2}\\.\\d.*")) {
      return true; // "3 Följande …", not a question heading "2.3 …"
    }
    for (int k = start; k <= end; k++) {
      if (!LINK.matcher(lines.get(k)).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Marks a template note up to its closing full stop: the text may follow without a gap. */
  private static void markNote(List<String> lines, int start, boolean[] footnote) {
    for (int k = start; k < lines.size() && !isBlank(lines, k); k++) {
      footnote[k] = true;
      if (lines.get(k).strip().endsWith(".")) {
        return;
      }
    }
  }

  private static int blankRunFrom(List<String> lines, int start) {
    int k = start;
    while (k < lines.size() && isBlank(lines, k)) {
      k++;
    }
    return k - start;
  }

  private static boolean isBlank(List<String> lines, int i) {
    return lines.get(i).isBlank();
  }
}
