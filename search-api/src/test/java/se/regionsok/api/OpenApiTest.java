package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.regionsok.search.RequestParser;

/** openapi.json documents exactly the routes the server registers, with exactly their parameters. */
class OpenApiTest {
  /** Routes outside ApiServer.routes(): no query parameters, or the admin upload (POST). */
  private static final Set<String> UNPARAMETERISED_ROUTES = Set.of("/metrics", "/openapi.json",
      "/api/admin/documents", "/api/admin/jobs/{id}");

  @Test
  void documentsEveryRouteAndParameterTheServerHas() throws IOException {
    JsonNode paths = openApi().get("paths");
    Set<String> documented = new TreeSet<>();
    paths.fieldNames().forEachRemaining(documented::add);
    Set<String> served = new TreeSet<>(UNPARAMETERISED_ROUTES);
    for (ApiRoute route : ApiServer.routes(null)) {
      served.add(route.path());
      Set<String> expected = new TreeSet<>(route.params());
      if (route.takesFilters()) {
        expected.addAll(RequestParser.filterParams());
      }
      Set<String> documentedParams = new TreeSet<>();
      for (JsonNode p : paths.get(route.path()).get("get").get("parameters")) {
        if (p.get("in").asText().equals("query")) {
          documentedParams.add(p.get("name").asText());
        }
      }
      assertEquals(expected, documentedParams, "query parameters of " + route.path());
    }
    assertEquals(served, documented);
  }

  private static JsonNode openApi() throws IOException {
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void isOpenApi3() throws IOException {
    assertEquals("3.0.3", openApi().get("openapi").asText());
    assertEquals(new HashSet<>(Set.of("info", "openapi", "paths", "components", "servers")),
        fieldNames(openApi()));
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
