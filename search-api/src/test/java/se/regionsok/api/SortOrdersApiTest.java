package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import se.regionsok.record.Regions;

/** The orders an analyst expects, each with relevance deciding within it; an unknown one is refused naming the rest. */
class SortOrdersApiTest extends ApiTest {
  private static final String QUERY = "energi";
  @Test
  void oldestFirstThenRelevance() {
    List<JsonNode> hits = hits("yearAsc");
    assertSortedBy(hits, h -> h.get("year").asInt());
    assertTrue(hits.get(0).get("year").asInt() < hits.get(hits.size() - 1).get("year").asInt(), "more than one year");
    assertEquals(firstCounted("year", Comparator.comparingInt(Integer::parseInt)), hits.get(0).get("year").asText());
  }

  @Test
  void newestFirstThenRelevance() {
    List<JsonNode> hits = hits("year");
    assertSortedBy(hits, h -> -h.get("year").asInt());
  }

  @Test
  void regionsAToOThenRelevance() {
    List<JsonNode> hits = hits("region");
    assertSortedBy(hits, h -> Regions.CANONICAL.indexOf(h.get("region").asText()));
    assertTrue(hits.stream().map(h -> h.get("region").asText()).distinct().count() > 3, "several regions");
    assertEquals(firstCounted("region", Comparator.comparingInt(Regions.CANONICAL::indexOf)),
        hits.get(0).get("region").asText());
  }

  @Test
  void anUnknownOrderIsRefusedNamingTheAllowedOnes() {
    TestServer.Response r = server.get("/api/search", "q", QUERY, "sort", "date");
    assertEquals(400, r.status());
    assertEquals("sort: 'date' is not one of [relevance, year, yearAsc, region, evidence]", r.json().get("message").asText());
    assertEquals("sort: 'date' är inte en av [relevance, year, yearAsc, region, evidence]",
        r.json().get("meddelande").asText());
  }

  @Test
  void aYearRangeRunningBackwardsIsRefused() {
    TestServer.Response r = server.get("/api/search", "yearFrom", "2024", "yearTo", "2022");
    assertEquals(400, r.status());
    assertEquals("yearFrom: 2024 är efter yearTo 2022", r.json().get("meddelande").asText());
  }

  /** Every hit of the query in the order, the first hundred. */
  private static List<JsonNode> hits(String sort) {
    JsonNode answer = server.getJson("/api/search", "q", QUERY, "sort", sort, "size", "100");
    List<JsonNode> hits = new ArrayList<>();
    answer.get("hits").forEach(hits::add);
    assertTrue(hits.size() > 50, "enough hits to see an order: " + hits.size());
    return hits;
  }

  /** Ordered by the key; within one key by score, best first. */
  private static void assertSortedBy(List<JsonNode> hits, ToIntFunction<JsonNode> key) {
    for (int i = 1; i < hits.size(); i++) {
      JsonNode before = hits.get(i - 1);
      JsonNode hit = hits.get(i);
      int byKey = Integer.compare(key.applyAsInt(before), key.applyAsInt(hit));
      assertTrue(byKey < 0 || byKey == 0 && before.get("score").asDouble() >= hit.get("score").asDouble(),
          "hit " + i + " " + hit.get("id") + " after " + before.get("id"));
    }
  }

  /** The first of a facet's values that the query finds, in the given order. */
  private static String firstCounted(String facet, Comparator<String> order) {
    List<String> counted = new ArrayList<>();
    server.getJson("/api/facets", "q", QUERY).get("facets").get(facet).forEach(v -> {
      if (v.get("count").asLong() > 0) {
        counted.add(v.get("value").asText());
      }
    });
    return counted.stream().min(order).orElseThrow();
  }
}
