package se.regionsok.api;

import io.javalin.http.Handler;
import java.util.Set;

/**
 * One GET route of the API and the query parameters it takes besides the filters. The server
 * registers exactly these, and the OpenAPI test checks that openapi.json documents exactly these.
 */
record ApiRoute(String path, Set<String> params, boolean takesFilters, Handler handler) {}
