package se.regionsok.api;

import io.javalin.http.Context;
import se.regionsok.search.RequestParser;

/** The request's query parameters, checked against what its route declares. */
final class Params {
  /** The request attribute holding the {@link ApiRoute} being served. */
  static final String ROUTE = "regionsok.route";

  private Params() {}

  static RequestParser of(Context ctx) {
    ApiRoute route = ctx.attribute(ROUTE);
    RequestParser parser = new RequestParser(ctx.queryParamMap());
    return route == null ? parser : parser.allowOnly(route.params(), route.takesFilters());
  }
}
