package se.regionsok.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import se.regionsok.search.NotFoundException;
import se.regionsok.search.RequestParser;
import se.regionsok.search.SearchService;
import se.regionsok.search.SoftHyphens;

/** Search, facets, records, similar records and suggestions. */
final class SearchRoutes {
  private final SearchService search;

  SearchRoutes(SearchService search) {
    this.search = search;
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute("/api/search", Set.of("q", "page", "size", "sort", "limit", "explain", "literal"), true, this::search),
        new ApiRoute("/api/facets", Set.of("q", "limit", "zeros", "literal"), true, this::facets),
        new ApiRoute("/api/documents/{id}", Set.of(), false, this::document),
        new ApiRoute("/api/documents/{id}/similar", Set.of("size", "otherRegions", "sameArea"), true, this::similar),
        new ApiRoute("/api/documents/{id}/marked", Set.of("q", "literal"), false, this::marked),
        new ApiRoute("/api/hyphenation", Set.of("word"), false, this::hyphenation),
        new ApiRoute("/api/suggest", Set.of("prefix", "size"), false, this::suggest));
  }

  private void search(Context ctx) throws IOException {
    ctx.json(search.search(Params.of(ctx).search()));
  }

  private void facets(Context ctx) throws IOException {
    RequestParser params = Params.of(ctx);
    HttpCaching.json(ctx, search.index().version(),
        search.facets(params.query(), params.filters(), params.intParam("limit", 25, 1, 1000),
            params.flag("zeros", true), params.flag("literal")));
  }

  private void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(search.record(id).orElseThrow(() -> unknown(id)));
  }

  private void similar(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    RequestParser params = Params.of(ctx);
    int size = params.intParam("size", 10, 1, RequestParser.MAX_SIZE);
    ctx.json(search.similar(id, params.filters(), size, params.flag("otherRegions"), params.flag("sameArea"))
        .orElseThrow(() -> unknown(id)));
  }

  private void marked(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    RequestParser params = Params.of(ctx);
    ctx.json(search.markedText(id, params.query(), params.flag("literal")).orElseThrow(() -> unknown(id)));
  }

  /** The same words give the same answer until the dictionary changes with a new release. */
  private void hyphenation(Context ctx) {
    List<String> words = Params.of(ctx).values("word");
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.json(SoftHyphens.of(words));
  }

  private void suggest(Context ctx) throws IOException {
    RequestParser params = Params.of(ctx);
    String prefix = params.string("prefix", "");
    if (prefix.length() > 100 || prefix.chars().anyMatch(Character::isISOControl)) {
      throw new se.regionsok.search.BadRequestException("prefix: at most 100 printable characters",
          "prefix: högst 100 skrivbara tecken");
    }
    ctx.json(search.suggest(prefix.strip(), params.intParam("size", 8, 1, 50)));
  }

  private static NotFoundException unknown(String id) {
    return new NotFoundException("no record with id '" + id + "'", "ingen post med id '" + id + "'");
  }
}
