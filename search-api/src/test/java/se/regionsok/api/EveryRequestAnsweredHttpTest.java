package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.regionsok.schema.FacetTable;
import se.regionsok.search.RandomQueries;
import se.regionsok.search.RequestParser;

/**
 * The real server over HTTP: the query that used to answer 500 (its expansion passed Lucene's
 * clause limit) is answered and says it was simplified; too many filter values are a documented
 * 400; and a short run of the random request generator gets only 200s and documented 400s.
 */
class EveryRequestAnsweredHttpTest extends ApiTest {
  static final String ACRONYMS = "RUS RIS S3 ERUF ESF KKN";
  static final int HTTP_CALLS = 150;
  /** A seed of its own, so the HTTP run sends other requests than the service-level run. */
  static final long HTTP_SEED = 13L;
  @Test
  void sixAcronymsAreAnsweredSimplifiedNotRefused() {
    JsonNode answer = server.getJson("/api/search", "q", ACRONYMS);
    assertTrue(answer.get("simplified").asBoolean(), answer.toString());
    assertTrue(answer.get("total").asLong() >= 1, "the acronyms still find the record that names them all");
    assertTrue(server.getJson("/api/facets", "q", ACRONYMS).get("simplified").asBoolean());
    assertTrue(server.getJson("/api/stats/pivot", "q", ACRONYMS).get("simplified").asBoolean());
    TestServer.Response export = server.get("/api/export", "q", ACRONYMS);
    assertEquals(200, export.status());
    assertEquals("true", export.headers().firstValue(ExportRoutes.SIMPLIFIED_HEADER).orElse(null));
    assertEquals(answer.get("total").asLong(), export.body().lines().count(), "export finds what search counts");

    JsonNode plain = server.getJson("/api/search", "q", "vätgas");
    assertFalse(plain.get("simplified").asBoolean());
    assertTrue(server.get("/api/export", "q", "vätgas").headers().firstValue(ExportRoutes.SIMPLIFIED_HEADER).isEmpty());
  }

  @Test
  void aThousandWordQueryIsAnsweredSimplified() {
    String q = "rus eruf esf kkn fro uvas sfi smf yh apl ".repeat(30).substring(0, RequestParser.MAX_QUERY_LENGTH);
    JsonNode answer = server.getJson("/api/search", "q", q);
    assertTrue(answer.get("simplified").asBoolean());
    assertTrue(server.getJson("/api/search", "q", "a b c d e f g h j k l m n o p q r s t u v x y z ".repeat(21)
        .substring(0, RequestParser.MAX_QUERY_LENGTH)).get("simplified").asBoolean());
  }

  @Test
  void moreFilterValuesThanDocumentedAreA400InBothLanguages() {
    List<String> params = new ArrayList<>();
    for (int i = 0; i <= RequestParser.MAX_FILTER_VALUES; i++) {
      Collections.addAll(params, "program", "program " + i);
    }
    TestServer.Response r = server.get("/api/search", params.toArray(String[]::new));
    assertEquals(400, r.status(), r.body());
    assertEquals("bad_request", r.json().get("error").asText());
    assertEquals("program: at most 100 values (got 101)", r.json().get("message").asText());
    assertEquals("program: högst 100 värden (fick 101)", r.json().get("meddelande").asText());
    assertEquals(200, server.get("/api/search", params.subList(2, params.size()).toArray(String[]::new)).status(),
        "exactly the maximum is fine");
  }

  @Test
  void randomRequestsGetOnlyWellFormedAnswersAndDocumented400s() {
    RandomQueries queries = new RandomQueries(HTTP_SEED);
    for (int i = 0; i < HTTP_CALLS; i++) {
      RandomQueries.Call call = queries.next();
      Map<String, List<String>> params = call.params();
      boolean facetsTakeThem = Collections.disjoint(params.keySet(), List.of("page", "size", "sort"));
      String path = i % 3 == 2 && facetsTakeThem ? "/api/facets" : "/api/search";
      List<String> pairs = new ArrayList<>();
      params.forEach((name, values) -> values.forEach(v -> Collections.addAll(pairs, name, v)));
      TestServer.Response r = server.get(path, pairs.toArray(String[]::new));
      String context = "call " + i + " " + path + " " + params;
      JsonNode body = r.json();
      if (call.invalid()) {
        assertEquals(400, r.status(), context + ": " + r.body());
        assertEquals("bad_request", body.get("error").asText(), context);
        assertFalse(body.get("message").asText().isBlank(), context);
        assertFalse(body.get("meddelande").asText().isBlank(), context);
        continue;
      }
      assertEquals(200, r.status(), context + ": " + r.body());
      assertTrue(body.get("total").asLong() >= 0, context);
      assertTrue(body.get("simplified").isBoolean(), context);
      assertEquals(FacetTable.VISIBLE, iterable(body.get("facets").fieldNames()), context);
      if (path.equals("/api/search")) {
        assertTrue(body.get("partialMatch").isBoolean(), context);
        assertTrue(body.get("hits").size() <= body.get("size").asInt(), context);
        body.get("hits").forEach(hit -> assertFalse(hit.get("id").asText().isBlank(), context));
      }
    }
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
