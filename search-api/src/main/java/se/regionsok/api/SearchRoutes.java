package se.regionsok.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Set;
import se.regionsok.search.NotFoundException;
import se.regionsok.search.RequestParser;
import se.regionsok.search.SearchService;

/** /api/search, /api/facets and /api/documents/{id}. */
final class SearchRoutes {
  private final SearchService search;

  SearchRoutes(SearchService search) {
    this.search = search;
  }

  void search(Context ctx) throws IOException {
    var request = new RequestParser(ctx.queryParamMap())
        .allowOnly(Set.of("q", "page", "size", "sort", "limit")).search();
    ctx.json(search.search(request));
  }

  void facets(Context ctx) throws IOException {
    RequestParser params = new RequestParser(ctx.queryParamMap()).allowOnly(Set.of("q", "limit"));
    ctx.json(search.facets(params.query(), params.filters(), params.intParam("limit", 25, 1, 1000)));
  }

  void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(search.record(id).orElseThrow(() -> new NotFoundException("no record with id '" + id + "'")));
  }
}
