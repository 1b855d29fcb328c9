package se.regionsok.api;

import se.regionsok.schema.FacetTable;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import se.regionsok.schema.SearchFields;
import se.regionsok.search.BadRequestException;
import se.regionsok.search.PivotResponse;
import se.regionsok.search.RequestParser;
import se.regionsok.search.SearchService;

/** /api/stats/pivot: a count matrix over two facets for dashboards, as JSON, CSV, XLSX or JSON-stat. */
final class StatsRoutes {
  private final SearchService search;

  StatsRoutes(SearchService search) {
    this.search = search;
  }

  List<ApiRoute> routes() {
    return List.of(new ApiRoute("/api/stats/pivot",
        Set.of("q", "rows", "cols", "format", "sep", "zeros", "literal"), true, this::pivot));
  }

  private void pivot(Context ctx) throws IOException {
    RequestParser params = Params.of(ctx);
    String rows = dimension("rows", params.string("rows", SearchFields.FACET_REGION));
    String cols = dimension("cols", params.string("cols", SearchFields.FACET_AREA));
    if (rows.equals(cols)) {
      throw new BadRequestException("cols: must differ from rows (" + rows + ")",
          "cols: måste skilja sig från rows (" + rows + ")");
    }
    String format = params.string("format", "json");
    if (!List.of("json", "csv", "jsonstat", "xlsx").contains(format)) {
      throw new BadRequestException("format: must be 'json', 'csv', 'jsonstat' or 'xlsx'");
    }
    char separator = CsvText.separator(params.string("sep", "semicolon"));
    boolean zeros = params.flag("zeros", true);
    if (HttpCaching.notModified(ctx, search.index().version())) {
      return;
    }
    PivotResponse pivot = search.pivot(params.query(), params.filters(), rows, cols, zeros,
        params.flag("literal"));
    switch (format) {
      case "csv" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"regionsok-" + rows + "-" + cols + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(PivotFormats.csv(pivot, separator));
      }
      case "xlsx" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"regionsok-" + rows + "-" + cols + ".xlsx\"");
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .result(XlsxWriter.write(rows + " × " + cols, PivotFormats.table(pivot)));
      }
      case "jsonstat" -> ctx.json(PivotFormats.jsonStat(pivot));
      default -> ctx.json(pivot);
    }
  }

  private static String dimension(String param, String value) {
    if (!FacetTable.VISIBLE.contains(value)) {
      throw new BadRequestException(param + ": '" + value + "' is not a facet; one of " + FacetTable.VISIBLE,
          param + ": '" + value + "' är ingen facett; en av " + FacetTable.VISIBLE);
    }
    return value;
  }
}
