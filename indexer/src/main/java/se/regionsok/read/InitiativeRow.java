package se.regionsok.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One data row of an initiative table, its cells as clean text: Namn, prestationer, effekter, Mål.
 * A row the PDF split over a page break is continued by a row with an empty Region cell.
 */
record InitiativeRow(String rawRegion, int lineStart, int lineEnd, List<String> cells, boolean continued) {
  static final int NAME = 0;
  static final int ACHIEVEMENTS = 1;
  static final int EFFECTS = 2;
  static final int GOAL = 3;

  InitiativeRow {
    cells = List.copyOf(cells);
  }

  String cell(int column) {
    return cells.get(column);
  }

  /** This row with the continuation row's cells appended column by column. */
  InitiativeRow continuedBy(List<String> moreCells, int line) {
    List<String> merged = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      merged.add(PageSplit.rejoin(cells.get(i), moreCells.get(i)));
    }
    return new InitiativeRow(rawRegion, lineStart, line, merged, true);
  }
}
