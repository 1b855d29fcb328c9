package se.regionsok.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;
import se.regionsok.record.Regions;
import se.regionsok.record.Source;

/**
 * One initiative table of the Tabellbilaga (sections 1–7): Region ⇥ Namn ⇥ prestationer ⇥ effekter
 * ⇥ Mål, one record per data row.
 */
final class InitiativeTableReader {
  static final Pattern SEPARATOR_ROW = Pattern.compile("^-+(\\t-+)+$");
  private static final int COLUMNS = 5;
  /** The Mål column's header text, which two of Blekinge's Mål cells repeat before their goals. */
  static final String GOAL_HEADER = "Vilket eller vilka mål i den regionala utvecklingsstrategin, "
      + "Regionalfonden inklusive Interreg samt i förekommande fall Fonden för en rättvis omställning "
      + "som insatsen ska bidra till";

  private final CorpusDocument document;

  InitiativeTableReader(CorpusDocument document) {
    this.document = document;
  }

  /** The records of the table on lines {@code first..last} (1-based, inclusive). */
  List<Record> read(PolicyArea area, int first, int last) {
    return withoutRepeats(rows(first, last)).stream().map(row -> toRecord(row, area)).toList();
  }

  private List<InitiativeRow> rows(int first, int last) {
    List<InitiativeRow> rows = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      String line = document.line(n);
      if (line.isBlank() || SEPARATOR_ROW.matcher(line).matches()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != COLUMNS) {
        throw new MalformedDocumentException(
            "line " + n + ": expected " + COLUMNS + " tab-separated cells, found " + fields.length);
      }
      String region = HtmlCellText.text(fields[0]);
      if (region.equals("Region")) {
        continue; // the table's header row
      }
      List<String> cells = new ArrayList<>();
      for (int i = 1; i < COLUMNS; i++) {
        cells.add(HtmlCellText.text(fields[i]));
      }
      if (region.isEmpty()) {
        if (rows.isEmpty()) {
          throw new MalformedDocumentException("line " + n + ": continuation row without a row to continue");
        }
        rows.set(rows.size() - 1, rows.getLast().continuedBy(cells, n));
      } else {
        rows.add(new InitiativeRow(region, n, n, cells, false));
      }
    }
    return rows;
  }

  /** Drops rows that repeat an earlier row of the same table word for word. */
  private static List<InitiativeRow> withoutRepeats(List<InitiativeRow> rows) {
    Set<List<String>> seen = new HashSet<>();
    List<InitiativeRow> kept = new ArrayList<>();
    for (InitiativeRow row : rows) {
      List<String> key = new ArrayList<>(row.cells());
      key.add(row.rawRegion());
      if (seen.add(key)) {
        kept.add(row);
      }
    }
    return kept;
  }

  private Record toRecord(InitiativeRow row, PolicyArea area) {
    String region = Regions.canonical(row.rawRegion()).orElseThrow(() -> new MalformedDocumentException(
        "line " + row.lineStart() + ": unknown region '" + row.rawRegion() + "'"));
    String name = row.cell(InitiativeRow.NAME);
    String goal = row.cell(InitiativeRow.GOAL);
    boolean headerInGoal = goal.startsWith(GOAL_HEADER);
    if (headerInGoal) {
      goal = goal.substring(GOAL_HEADER.length()).strip();
    }
    String text = String.join("\n", nonEmpty(
        name,
        labelled("Prestationer", row.cell(InitiativeRow.ACHIEVEMENTS)),
        labelled("Effekter", row.cell(InitiativeRow.EFFECTS)),
        labelled("Mål", goal)));
    String title = InitiativeTitle.of(name.lines().findFirst().orElse(""));
    Source source = new Source(document.fileName(), row.lineStart(), row.lineEnd());
    String id = document.entry().id() + "-" + row.lineStart();

    Record record = Record.of(id, region, document.entry().year(), DocType.INITIATIVE,
            List.of(area.label()), title, text, source)
        .withGoalText(goal.isEmpty() ? null : goal)
        .withPlaceholder(Placeholders.isPlaceholder(name, List.of(
            row.cell(InitiativeRow.ACHIEVEMENTS), row.cell(InitiativeRow.EFFECTS), goal)));
    if (row.continued()) {
      record = record.withFlag("continuation_merged");
    }
    if (headerInGoal) {
      record = record.withFlag("header_text_in_cell");
    }
    if (goal.equals(name)) {
      record = record.withFlag("mal_equals_namn");
    }
    return record;
  }

  private static String labelled(String label, String cellText) {
    return cellText.isEmpty() ? "" : label + ": " + cellText;
  }

  private static List<String> nonEmpty(String... parts) {
    return Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
  }
}
