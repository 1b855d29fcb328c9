package se.regionsok.api;

import se.regionsok.schema.FacetTable;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import se.regionsok.schema.SearchFields;
import se.regionsok.search.BadRequestException;
import se.regionsok.search.RequestParser;
import se.regionsok.search.SearchService;

/** /api/stats/pivot: a count matrix over two facets for dashboards. */
final class StatsRoutes {
  private final SearchService search;

  StatsRoutes(SearchService search) {
    this.search = search;
  }

  List<ApiRoute> routes() {
    return List.of(new ApiRoute("/api/stats/pivot", Set.of("q", "rows", "cols"), true, this::pivot));
  }

  private void pivot(Context ctx) throws IOException {
    RequestParser params = Params.of(ctx);
    String rows = dimension("rows", params.string("rows", SearchFields.FACET_REGION));
    String cols = dimension("cols", params.string("cols", SearchFields.FACET_AREA));
    if (rows.equals(cols)) {
      throw new BadRequestException("cols: must differ from rows (" + rows + ")",
          "cols: måste skilja sig från rows (" + rows + ")");
    }
    HttpCaching.json(ctx, search.index().version(),
        search.pivot(params.query(), params.filters(), rows, cols));
  }

  private static String dimension(String param, String value) {
    if (!FacetTable.VISIBLE.contains(value)) {
      throw new BadRequestException(param + ": '" + value + "' is not a facet; one of " + FacetTable.VISIBLE,
          param + ": '" + value + "' är ingen facett; en av " + FacetTable.VISIBLE);
    }
    return value;
  }
}
