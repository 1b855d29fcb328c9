package se.regionsok.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheets: a separator of the caller's locale, quoting where needed, and a leading '
 * on cells a spreadsheet would run as a formula (= + - @ tab CR).
 */
final class CsvText {
  private CsvText() {}

  /** One line, CRLF-terminated. */
  static String line(List<?> cells, char separator) {
    return cells.stream().map(cell -> cell(cell, separator))
        .collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
  }

  static String cell(Object value, char separator) {
    String text = value == null ? "" : SpreadsheetCells.safe(value).toString();
    boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** The separator a {@code sep} parameter names: semicolon (Swedish Excel) unless comma is asked for. */
  static char separator(String sep) {
    return switch (sep) {
      case "semicolon", ";" -> ';';
      case "comma", "," -> ',';
      default -> throw new se.regionsok.search.BadRequestException("sep: must be 'semicolon' or 'comma'",
          "sep: ska vara 'semicolon' eller 'comma'");
    };
  }
}
