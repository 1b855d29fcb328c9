package se.regionsok.api;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.regionsok.record.Record;
import se.regionsok.record.SdgRef;
import se.regionsok.record.Tagged;
import se.regionsok.search.Filters;

/**
 * The export as people open it in Swedish Excel (labels=sv): Swedish headers and values, one
 * column per goal source, no internal fields, and a file name that says what was exported.
 */
final class SwedishExport {
  /** Header → the cell of a record; multi-valued fields joined with " | ". */
  private static final Map<String, Function<Record, Object>> COLUMNS = columns();

  private SwedishExport() {}

  static List<String> headers() {
    return List.copyOf(COLUMNS.keySet());
  }

  static List<Object> row(Record r) {
    return COLUMNS.values().stream().map(cell -> SpreadsheetCells.safe(cell.apply(r))).toList();
  }

  private static Map<String, Function<Record, Object>> columns() {
    Map<String, Function<Record, Object>> c = new java.util.LinkedHashMap<>();
    c.put("Id", Record::id);
    c.put("Region", Record::region);
    c.put("Länskod", Record::regionCode);
    c.put("År", Record::year);
    c.put("Dokumenttyp", r -> SwedishLabels.value("docType", r.docType()));
    c.put("Politikområde", r -> String.join(ExportRoutes.JOIN, r.area()));
    c.put("Ämnen", ExportRoutes::topics);
    c.put("Titel", Record::title);
    c.put("Text", Record::text);
    c.put("Mål", r -> r.goalText() == null ? "" : r.goalText());
    c.put("RUS-mål", r -> String.join(ExportRoutes.JOIN, r.rusGoals()));
    c.put("RUS-tema", r -> r.rusThemes().stream().map(t -> t.theme()).distinct()
        .collect(Collectors.joining(ExportRoutes.JOIN)));
    c.put("Program", r -> String.join(ExportRoutes.JOIN, r.programs()));
    c.put("Agenda 2030-mål, angivna", r -> goals(r, Tagged.EXPLICIT));
    c.put("Agenda 2030-mål, härledda", r -> goals(r, Tagged.INFERRED));
    c.put("Källa", r -> r.source().document());
    c.put("Kort titel", r -> r.shortTitle() == null ? "" : r.shortTitle()); // added later, so last
    return java.util.Collections.unmodifiableMap(c);
  }

  private static String goals(Record r, String source) {
    return r.sdgs().stream().filter(s -> s.source().equals(source)).map(SdgRef::goal)
        .map(g -> SwedishLabels.value("sdg", String.valueOf(g))).collect(Collectors.joining(ExportRoutes.JOIN));
  }

  /** "regionsok-vatgas-uppsala-gavleborg.csv": the query and the filter values, ASCII, short. */
  static String fileName(String q, Filters filters, String extension) {
    StringBuilder name = new StringBuilder("regionsok");
    if (q != null && !q.isBlank()) {
      name.append('-').append(q);
    }
    filters.byFacet().forEach((dim, values) -> values.forEach(v -> name.append('-').append(v)));
    if (filters.yearFrom() != null) {
      name.append("-fran-").append(filters.yearFrom());
    }
    if (filters.yearTo() != null) {
      name.append("-till-").append(filters.yearTo());
    }
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return (ascii.length() > 120 ? ascii.substring(0, 120) : ascii) + "." + extension;
  }
}
