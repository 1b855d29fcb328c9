package se.regionsok.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a range of report lines into clean paragraphs: drops footnotes, noise lines and form
 * boilerplate, joins wrapped lines (undoing end-of-line hyphenation), rejoins sentences that a
 * page break or a footnote cut in two, marks OCR'd bullets as bullets and removes footnote
 * markers glued to words ("länet3", "bidrar till.1").
 */
public final class ParagraphBuilder {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]\\s*$");
  private static final Pattern OCR_BULLET = Pattern.compile("^(e|o|¢|«|•|-)\\s+(?=\\p{Lu})");
  private static final Pattern GLUED_MARKER =
      Pattern.compile("(?<=\\p{Ll}{3})\\d{1,2}(?=[\\s,.;:]|$)|(?<=\\p{L}[.?])\\d{1,2}(?=\\s|$)");
  private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<=\\p{Ll})-$");
  private static final Pattern NOT_A_SUFFIX = Pattern.compile("^(och|eller|samt|till)\\b");

  private final List<String> lines;
  private final boolean[] footnote;

  public ParagraphBuilder(List<String> lines) {
    this.lines = lines;
    this.footnote = Footnotes.of(lines);
  }

  /** Paragraphs of lines {@code from}..{@code to} (1-based, inclusive). */
  public List<Paragraph> paragraphs(int from, int to) {
    List<Paragraph> raw = new ArrayList<>();
    int start = -1;
    StringBuilder text = new StringBuilder();
    for (int n = from; n <= to + 1; n++) {
      String line = n <= to ? lines.get(n - 1) : "";
      boolean skip = n <= to && (footnote[n - 1] || FormBoilerplate.isNoiseLine(line));
      if (skip) {
        continue;
      }
      String stripped = line.strip();
      boolean bullet = OCR_BULLET.matcher(stripped).find();
      if (stripped.isEmpty() || bullet || FormBoilerplate.startsBoilerplate(stripped)) {
        if (start > 0) {
          raw.add(new Paragraph(start, lastContentLine(start, n - 1), text.toString()));
        }
        start = -1;
        text.setLength(0);
        if (stripped.isEmpty()) {
          continue;
        }
        stripped = OCR_BULLET.matcher(stripped).replaceFirst("• ");
      }
      if (start < 0) {
        start = n;
      }
      appendLine(text, stripped);
    }
    return joinBrokenSentences(raw.stream()
        .map(p -> new Paragraph(p.firstLine(), p.lastLine(), cleanMarkers(p.text())))
        .filter(p -> !FormBoilerplate.isBoilerplate(p.text()))
        .toList());
  }

  /** The paragraphs' text, one paragraph per line. */
  public static String text(List<Paragraph> paragraphs) {
    return String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
  }

  private int lastContentLine(int start, int end) {
    int last = end;
    while (last > start && (lines.get(last - 1).isBlank() || footnote[last - 1])) {
      last--;
    }
    return last;
  }

  private static void appendLine(StringBuilder text, String line) {
    if (text.isEmpty()) {
      text.append(line);
    } else if (LINE_END_HYPHEN.matcher(text).find() && !NOT_A_SUFFIX.matcher(line).find()
        && Character.isLowerCase(line.charAt(0))) {
      text.setLength(text.length() - 1); // "sam-" + "ordningen"
      text.append(line);
    } else {
      text.append(' ').append(line);
    }
  }

  private static String cleanMarkers(String text) {
    return GLUED_MARKER.matcher(text).replaceAll("").replace("HYPERLINK", "")
        .replaceFirst("^(Ja|Nej|Ej aktuellt)\\s*☒$", "Svar: $1.")
        .replaceFirst(" Om nej, ange anledningen till det\\.$", "")
        .replaceAll("\\s{2,}", " ").strip();
  }

  /** A paragraph ending mid-sentence followed by one starting in lower case is one paragraph. */
  private static List<Paragraph> joinBrokenSentences(List<Paragraph> paragraphs) {
    List<Paragraph> joined = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      Paragraph last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && !SENTENCE_END.matcher(last.text()).find()
          && Character.isLowerCase(p.text().charAt(0))) {
        joined.set(joined.size() - 1,
            new Paragraph(last.firstLine(), p.lastLine(), last.text() + " " + p.text()));
      } else {
        joined.add(p);
      }
    }
    return joined;
  }
}
