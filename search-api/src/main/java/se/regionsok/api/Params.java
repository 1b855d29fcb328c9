package se.regionsok.api;

import io.javalin.http.Context;
import se.regionsok.search.RequestParser;

/** The request's query parameters, checked against what its route declares. */
final class Params {
  static final io.javalin.config.Key<ApiRoute> ROUTE = new io.javalin.config.Key<>("regionsok.route");

  private Params() {}

  static RequestParser of(Context ctx) {
    ApiRoute route = ctx.attribute(ROUTE.getId());
    RequestParser parser = new RequestParser(ctx.queryParamMap());
    return route == null ? parser : parser.allowOnly(route.params(), route.takesFilters());
  }
}
