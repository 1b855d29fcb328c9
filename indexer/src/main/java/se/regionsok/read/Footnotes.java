package se.regionsok.read;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the footnote lines that PDF extraction put into the running text (corpus notes §1.2,
 * §1.5). The template's own notes ("1 För definitioner … Anvisningar.", "2 Ibid.") say nothing
 * about the region and are dropped wherever they stand. The authors' notes ("3 Följande aktörer
 * ingår: …", "* Exempel på …") and link lines just before a page break (a run of three or more
 * blank lines) are content: they are taken out of the running text, so that they do not cut the
 * sentence they interrupt, and kept.
 */
public final class Footnotes {
  /** What a line is. */
  public enum Kind { TEXT, TEMPLATE_NOTE, AUTHOR_NOTE }

  /** "L" and "I" are the OCR of a superscript 1, but only the template's notes start with them. */
  private static final Pattern TEMPLATE_NOTE =
      Pattern.compile("^\\s?(\\d{1,2}|[LI*])\\s+(F[oö]r definitioner|Ibid\\.)");
  /**
   * A digit or symbol marker before a word ("3 Följande", "* Exempel"). A letter is no marker
   * here: "Inom energi …", "I kollektivtrafiken …" and "Leverans …" are paragraphs of text.
   */
  private static final Pattern MARKER_LED = Pattern.compile("^\\s?(\\d{1,2}|[*'’])\\s*\\p{L}");
  private static final Pattern HEADING_NUMBER = Pattern.compile("^\\s?\\d{1,2}\\.\\d.*");
  private static final Pattern LINK = Pattern.compile("^\\s*(https?://|www\\.)\\S*\\s*$");
  private static final int PAGE_BREAK_BLANKS = 3;

  private Footnotes() {}

  /** For every line (0-based) what it is. */
  public static Kind[] of(List<String> lines) {
    Kind[] kinds = new Kind[lines.size()];
    Arrays.fill(kinds, Kind.TEXT);
    for (int i = 0; i < lines.size(); i++) {
      if (TEMPLATE_NOTE.matcher(lines.get(i)).find()) {
        markNote(lines, i, kinds);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (isBlank(lines, i) && blankRunFrom(lines, i) >= PAGE_BREAK_BLANKS
          && (i == 0 || !isBlank(lines, i - 1))) {
        markNotesBefore(lines, i, kinds);
      }
    }
    return kinds;
  }

  /** Walks back over the paragraphs before a page break while they look like notes or links. */
  private static void markNotesBefore(List<String> lines, int pageBreak, Kind[] kinds) {
    int end = pageBreak - 1;
    while (end >= 0) {
      while (end >= 0 && isBlank(lines, end)) {
        end--;
      }
      int start = end;
      while (start > 0 && !isBlank(lines, start - 1)) {
        start--;
      }
      if (start < 0) {
        return;
      }
      if (kinds[start] != Kind.TEMPLATE_NOTE) {
        if (!looksLikeNote(lines, start, end)) {
          return;
        }
        for (int k = start; k <= end; k++) {
          kinds[k] = Kind.AUTHOR_NOTE;
        }
      }
      end = start - 1;
    }
  }

  private static boolean looksLikeNote(List<String> lines, int start, int end) {
    if (MARKER_LED.matcher(lines.get(start)).find()
        && !HEADING_NUMBER.matcher(lines.get(start)).matches()) {
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
  private static void markNote(List<String> lines, int start, Kind[] kinds) {
    for (int k = start; k < lines.size() && !isBlank(lines, k); k++) {
      kinds[k] = Kind.TEMPLATE_NOTE;
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
