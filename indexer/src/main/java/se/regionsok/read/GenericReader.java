package se.regionsok.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;
import se.regionsok.record.Source;

/**
 * Reads a document of no known template by splitting it at its headings (numbered headings, short
 * title-case lines after a blank line, markdown {@code #}), so that any added document is
 * searchable. A heading that names a policy area sets the area of the sections under it.
 */
public final class GenericReader implements DocumentReader {
  private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2}(?:\\.\\d{1,2}){0,4})\\.?\\s+(\\p{Lu}.*)$");
  private static final int MAX_NUMBERED_HEADING = 200;
  private static final int MAX_TITLE_LINE = 70;
  private static final int MAX_TITLE_WORDS = 9;

  @Override
  public String kind() {
    return DocumentKind.GENERIC;
  }

  private record Heading(String number, String text) {
    int depth() {
      return number == null ? 0 : number.split("\\.").length;
    }
  }

  @Override
  public List<Record> read(CorpusDocument document) {
    if (document.entry().region() == null) {
      throw new MalformedDocumentException("a generic document needs the region it reports on");
    }
    List<Record> records = new ArrayList<>();
    Section section = new Section(null, 1);
    String area = PolicyArea.OVRIGT.label();
    int areaDepth = Integer.MAX_VALUE;
    List<String> lines = document.lines();
    for (int i = 0; i < lines.size(); i++) {
      boolean afterBlank = i == 0 || lines.get(i - 1).isBlank();
      Optional<Heading> heading = heading(lines.get(i), afterBlank);
      if (heading.isEmpty()) {
        section.add(lines.get(i));
        continue;
      }
      section.toRecord(document, area).ifPresent(records::add);
      Optional<String> named = policyArea(heading.get().text());
      if (named.isPresent()) {
        area = named.get();
        areaDepth = heading.get().depth();
      } else if (heading.get().number() != null && heading.get().depth() <= areaDepth) {
        area = PolicyArea.OVRIGT.label(); // a sibling of the area heading leaves the area
        areaDepth = Integer.MAX_VALUE;
      }
      section = new Section(heading.get(), i + 1);
    }
    section.toRecord(document, area).ifPresent(records::add);
    return records;
  }

  /** One heading and the lines under it, up to the next heading. */
  private static final class Section {
    private final Heading heading;
    private final int firstLine;
    private final List<String> body = new ArrayList<>();

    Section(Heading heading, int firstLine) {
      this.heading = heading;
      this.firstLine = firstLine;
    }

    void add(String line) {
      body.add(line);
    }

    /** A record when the section has text; a heading with nothing under it is only a parent. */
    Optional<Record> toRecord(CorpusDocument document, String area) {
      String text = String.join("\n", body).strip().replaceAll("\n{3,}", "\n\n");
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String title = heading == null ? document.entry().title() : heading.text();
      int lastLine = firstLine + body.size() - (heading == null ? 1 : 0);
      Record record = Record.of(document.entry().id() + "-L" + firstLine, document.entry().region(),
          document.entry().year(), DocType.SECTION, List.of(area), title, text,
          new Source(document.fileName(), firstLine, lastLine));
      return Optional.of(heading == null || heading.number() == null ? record
          : record.withQuestion(heading.number(), null));
    }
  }

  static Optional<Heading> heading(String line, boolean afterBlank) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    Matcher markdown = MARKDOWN.matcher(trimmed);
    if (markdown.matches()) {
      Matcher numbered = NUMBERED.matcher(markdown.group(1));
      return Optional.of(numbered.matches()
          ? new Heading(numbered.group(1), markdown.group(1))
          : new Heading(null, markdown.group(1)));
    }
    Matcher numbered = NUMBERED.matcher(trimmed);
    if (numbered.matches() && trimmed.length() <= MAX_NUMBERED_HEADING && !isYear(numbered.group(1))) {
      return Optional.of(new Heading(numbered.group(1), trimmed));
    }
    if (afterBlank && isTitleLine(trimmed)) {
      return Optional.of(new Heading(null, trimmed));
    }
    return Optional.empty();
  }

  /** A short line starting with a capital and not ending like a sentence or a list item. */
  private static boolean isTitleLine(String line) {
    return line.length() <= MAX_TITLE_LINE
        && Character.isUpperCase(line.codePointAt(0))
        && line.split("\\s+").length <= MAX_TITLE_WORDS
        && !line.matches(".*[.,;:!\\-–]$")
        && line.chars().filter(Character::isLetter).count() >= 3;
  }

  /** "2024 Region Skåne …" starts with a number but is no heading. */
  private static boolean isYear(String number) {
    return number.matches("\\d{4}");
  }

  /** The policy area a heading names, tolerating lost diacritics and a number in front. */
  static Optional<String> policyArea(String heading) {
    String key = fold(heading.replaceFirst("^[\\d.\\s]+", ""));
    for (PolicyArea area : PolicyArea.values()) {
      String label = fold(area.label());
      if (area != PolicyArea.OVRIGT && key.startsWith(label.substring(0, Math.min(label.length(), 24)))) {
        return Optional.of(area.label());
      }
    }
    return Optional.empty();
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
