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

  private static final Pattern NOTE_MARKER = Pattern.compile("^\\s?(\\d{1,2}|[*'’])\\s*");
  private static final Pattern LINE_ENDS_SENTENCE = Pattern.compile("[.!?]\\s*$");

  private final List<String> lines;
  private final Footnotes.Kind[] kinds;

  public ParagraphBuilder(List<String> lines) {
    this.lines = lines;
    this.kinds = Footnotes.of(lines);
  }

  /**
   * Paragraphs of lines {@code from}..{@code to} (1-based, inclusive); the authors' footnotes of
   * the range follow the running text as paragraphs of their own.
   */
  public List<Paragraph> paragraphs(int from, int to) {
    List<Paragraph> text = new ArrayList<>();
    for (List<Integer> raw : rawParagraphs(from, to, Footnotes.Kind.TEXT)) {
      text.addAll(withoutBoilerplate(raw));
    }
    List<Paragraph> out = new ArrayList<>(joinBrokenSentences(text));
    for (List<Integer> note : rawParagraphs(from, to, Footnotes.Kind.AUTHOR_NOTE)) {
      Paragraph p = paragraph(note);
      out.add(new Paragraph(p.firstLine(), p.lastLine(),
          NOTE_MARKER.matcher(p.text()).replaceFirst("")));
    }
    return out;
  }

  /**
   * Line numbers of the paragraphs made of lines of one kind: a blank line, a bullet or the
   * start of form boilerplate starts a new one; noise lines and lines of other kinds are passed
   * over, so a sentence a note cut in two stays one paragraph.
   */
  private List<List<Integer>> rawParagraphs(int from, int to, Footnotes.Kind kind) {
    List<List<Integer>> raw = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      String line = lines.get(n - 1);
      String stripped = line.strip();
      if (!stripped.isEmpty() && (kinds[n - 1] != kind || FormBoilerplate.isNoiseLine(line))) {
        continue;
      }
      if (stripped.isEmpty() || OCR_BULLET.matcher(stripped).find()
          || FormBoilerplate.startsBoilerplate(stripped)) {
        if (!current.isEmpty()) {
          raw.add(current);
        }
        current = new ArrayList<>();
      }
      if (!stripped.isEmpty()) {
        current.add(n);
      }
    }
    if (!current.isEmpty()) {
      raw.add(current);
    }
    return raw;
  }

  /**
   * The paragraph, or when it opens with form boilerplate the lines after the first sentence end
   * from which on no form text is mentioned: the export often runs the answer on without a blank
   * line ("… avslutsmöte. Leverans delmål 3: …"), and column headers run together.
   */
  private List<Paragraph> withoutBoilerplate(List<Integer> lineNumbers) {
    Paragraph whole = paragraph(lineNumbers);
    if (!FormBoilerplate.isBoilerplate(whole.text())) {
      return List.of(whole);
    }
    for (int k = 0; k < lineNumbers.size() - 1; k++) {
      if (LINE_ENDS_SENTENCE.matcher(lines.get(lineNumbers.get(k) - 1)).find()) {
        Paragraph rest = paragraph(lineNumbers.subList(k + 1, lineNumbers.size()));
        if (!FormBoilerplate.mentionsBoilerplate(rest.text())) {
          return List.of(rest);
        }
      }
    }
    return List.of();
  }

  private Paragraph paragraph(List<Integer> lineNumbers) {
    StringBuilder text = new StringBuilder();
    for (int n : lineNumbers) {
      String stripped = lines.get(n - 1).strip();
      appendLine(text, text.isEmpty() ? OCR_BULLET.matcher(stripped).replaceFirst("• ") : stripped);
    }
    return new Paragraph(lineNumbers.get(0), lineNumbers.get(lineNumbers.size() - 1),
        cleanMarkers(text.toString()));
  }

  /** The last line the paragraphs run over: a footnote that follows them may stand earlier. */
  public static int lastLine(List<Paragraph> paragraphs) {
    return paragraphs.stream().mapToInt(Paragraph::lastLine).max().orElseThrow();
  }

  /** The paragraphs' text, one paragraph per line. */
  public static String text(List<Paragraph> paragraphs) {
    return String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
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
        .replaceFirst("^(Ja|Nej|Ej aktuellt)\\s*[☒X]$", "Svar: $1.")
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
