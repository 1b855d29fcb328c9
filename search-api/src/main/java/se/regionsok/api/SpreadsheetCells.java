package se.regionsok.api;

/**
 * OWASP's defence against CSV (formula) injection: a cell a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, so Excel shows
 * it as text. An ingested document can carry {@code =HYPERLINK(...)}.
 */
final class SpreadsheetCells {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCells() {}

  static Object safe(Object cell) {
    return cell instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
        ? "'" + text : cell;
  }
}
