package se.regionsok.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;

/**
 * Tillväxtverket's Tabellbilaga: sections 1–7 are initiative tables, one per policy area in
 * {@link PolicyArea} order; section 8 answers six questions on the 1:1 grant per region. The
 * front matter (contents) and the colophon yield no records.
 */
public final class TableAppendixReader implements DocumentReader {
  /** "# 1 Likvärdiga …", "### 3 Innovation …": the markdown level varies, the number does not. */
  private static final Pattern SECTION_HEADING = Pattern.compile("^#+\\s*([1-8])\\s+(\\S.*)$");
  private static final int INITIATIVE_SECTIONS = 7;
  private static final int SECTIONS = 8;

  @Override
  public String kind() {
    return DocumentKind.TABLE_APPENDIX;
  }

  @Override
  public List<Record> read(CorpusDocument document) {
    int[] headingLines = sectionHeadings(document);
    List<Record> records = new ArrayList<>();
    InitiativeTableReader initiatives = new InitiativeTableReader(document);
    for (int section = 1; section <= INITIATIVE_SECTIONS; section++) {
      PolicyArea area = PolicyArea.values()[section - 1];
      records.addAll(initiatives.read(area, headingLines[section - 1] + 1, headingLines[section] - 1));
    }
    records.addAll(new GrantAnswerReader(document).read(headingLines[SECTIONS - 1] + 1, document.lines().size()));
    return records;
  }

  /** The line of each section heading 1..8, checked to be in order and to name its policy area. */
  private static int[] sectionHeadings(CorpusDocument document) {
    int[] lines = new int[SECTIONS];
    int expected = 1;
    for (int n = 1; n <= document.lines().size() && expected <= SECTIONS; n++) {
      Matcher m = SECTION_HEADING.matcher(document.line(n));
      if (m.matches() && Integer.parseInt(m.group(1)) == expected) {
        PolicyArea area = expected == SECTIONS ? PolicyArea.ANSLAG_1_1 : PolicyArea.values()[expected - 1];
        if (!namesArea(m.group(2), area)) {
          throw new MalformedDocumentException("line " + n + ": section " + expected + " is '"
              + m.group(2) + "', expected " + area.label());
        }
        lines[expected - 1] = n;
        expected++;
      }
    }
    if (expected <= SECTIONS) {
      throw new MalformedDocumentException("no heading for section " + expected);
    }
    return lines;
  }

  /** Headings word areas longer than the labels ("… i hela landet"); their key word is shared. */
  private static boolean namesArea(String heading, PolicyArea area) {
    String keyWord = area.label().split(" ")[0].toLowerCase(Locale.ROOT);
    return heading.toLowerCase(Locale.ROOT).contains(keyWord);
  }
}
