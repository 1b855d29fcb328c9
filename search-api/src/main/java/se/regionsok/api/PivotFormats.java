package se.regionsok.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionsok.schema.SearchFields;
import se.regionsok.search.PivotResponse;

/** A pivot as files dashboards read: CSV or XLSX with Swedish headers, and a JSON-stat 2.0 dataset. */
final class PivotFormats {
  private PivotFormats() {}

  /**
   * The matrix as a table people read: the row facet's Swedish label, its values' codes (when it
   * has them), one column per column value and the totals.
   */
  static List<List<Object>> table(PivotResponse pivot) {
    List<List<Object>> table = new ArrayList<>();
    boolean codes = pivot.rowCodes() != null;
    List<Object> header = new ArrayList<>();
    header.add(SwedishLabels.facet(pivot.rows()));
    if (codes) {
      header.add("Länskod");
    }
    pivot.colValues().forEach(v -> header.add(SwedishLabels.value(pivot.cols(), v)));
    header.add("Totalt");
    table.add(header);
    for (int i = 0; i < pivot.rowValues().size(); i++) {
      List<Object> row = new ArrayList<>();
      row.add(SwedishLabels.value(pivot.rows(), pivot.rowValues().get(i)));
      if (codes) {
        row.add(pivot.rowCodes().get(i));
      }
      for (long cell : pivot.cells()[i]) {
        row.add(cell);
      }
      row.add(pivot.rowTotals()[i]);
      table.add(row);
    }
    List<Object> totals = new ArrayList<>();
    totals.add("Totalt");
    if (codes) {
      totals.add("");
    }
    for (long total : pivot.colTotals()) {
      totals.add(total);
    }
    totals.add(pivot.total());
    table.add(totals);
    return table;
  }

  /** The table as CSV: UTF-8 with a byte order mark (Excel), the given separator. */
  static String csv(PivotResponse pivot, char separator) {
    StringBuilder out = new StringBuilder("\uFEFF");
    table(pivot).forEach(row -> out.append(CsvText.line(row, separator)));
    return out.toString();
  }

  /**
   * A JSON-stat 2.0 dataset of the cells (row-major, as the standard orders them). Categories are
   * identified by their official code where they have one (region: länskod), so the numbers join
   * with SCB and Kolada; year carries the time role.
   */
  static Map<String, Object> jsonStat(PivotResponse pivot) {
    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("version", "2.0");
    dataset.put("class", "dataset");
    dataset.put("label", "Antal poster per " + SwedishLabels.facet(pivot.rows()).toLowerCase()
        + " och " + SwedishLabels.facet(pivot.cols()).toLowerCase());
    dataset.put("source", "Regionsök");
    dataset.put("id", List.of(pivot.rows(), pivot.cols()));
    dataset.put("size", List.of(pivot.rowValues().size(), pivot.colValues().size()));
    Map<String, Object> dimension = new LinkedHashMap<>();
    dimension.put(pivot.rows(), dimension(pivot.rows(), pivot.rowValues(), pivot.rowCodes()));
    dimension.put(pivot.cols(), dimension(pivot.cols(), pivot.colValues(), pivot.colCodes()));
    dataset.put("dimension", dimension);
    List<String> time = List.of(pivot.rows(), pivot.cols()).stream()
        .filter(SearchFields.FACET_YEAR::equals).toList();
    if (!time.isEmpty()) {
      dataset.put("role", Map.of("time", time));
    }
    List<Long> values = new ArrayList<>();
    for (long[] row : pivot.cells()) {
      for (long cell : row) {
        values.add(cell);
      }
    }
    dataset.put("value", values);
    return dataset;
  }

  private static Map<String, Object> dimension(String dim, List<String> values, List<String> codes) {
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String id = codes == null ? values.get(i) : codes.get(i);
      index.put(id, i);
      labels.put(id, SwedishLabels.value(dim, values.get(i)));
    }
    return Map.of("label", SwedishLabels.facet(dim), "category", Map.of("index", index, "label", labels));
  }
}
