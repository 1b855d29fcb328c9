package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.regionsok.build.StandardPipeline;
import se.regionsok.record.Record;

/**
 * "Reported nothing" is countable (issue 19): placeholders are the facet value reported=false,
 * counted by /api/facets and /api/stats/pivot when asked for and left out of every default count.
 * The truth is the records the pipeline makes of the bundled corpus, read apart from the server.
 */
class PlaceholderCountsTest extends ApiTest {
  private static Map<String, Long> placeholdersPerRegion;

  @BeforeAll
  static void countThePipelinesPlaceholders() {
    placeholdersPerRegion = StandardPipeline.loader().load(TestServer.CORPUS).records().stream()
        .filter(Record::placeholder)
        .collect(Collectors.groupingBy(Record::region, TreeMap::new, Collectors.counting()));
  }

  private static Map<String, Long> counts(JsonNode facet) {
    Map<String, Long> counts = new TreeMap<>();
    facet.forEach(v -> {
      if (v.get("count").asLong() > 0) {
        counts.put(v.get("value").asText(), v.get("count").asLong());
      }
    });
    return counts;
  }

  @Test
  void thePivotCountsThePlaceholdersOfEveryRegionWhenAsked() {
    JsonNode health = server.getJson("/health");
    long placeholders = placeholdersPerRegion.values().stream().mapToLong(Long::longValue).sum();
    assertEquals(placeholders, health.get("placeholders").asLong());
    JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "region", "cols", "reported",
        "includePlaceholders", "true");
    assertEquals("[\"true\",\"false\"]", pivot.get("colValues").toString());
    Map<String, Long> nothing = new TreeMap<>();
    Map<String, Long> something = new TreeMap<>();
    for (int i = 0; i < pivot.get("rowValues").size(); i++) {
      String region = pivot.get("rowValues").get(i).asText();
      JsonNode row = pivot.get("cells").get(i);
      if (row.get(1).asLong() > 0) {
        nothing.put(region, row.get(1).asLong());
      }
      something.put(region, row.get(0).asLong());
    }
    assertEquals(placeholdersPerRegion, nothing);
    assertEquals(health.get("records").asLong(), pivot.get("total").asLong());
    // the records that report something are what a default count finds, region by region
    Map<String, Long> searchable = new TreeMap<>();
    server.getJson("/api/facets", "limit", "100").get("facets").get("region")
        .forEach(v -> searchable.put(v.get("value").asText(), v.get("count").asLong()));
    assertEquals(searchable, something);
  }

  @Test
  void theFacetsOwnFilterSelectsThePlaceholders() {
    JsonNode onlyNothing = server.getJson("/api/facets", "reported", "false", "limit", "100");
    assertEquals(placeholdersPerRegion, counts(onlyNothing.get("facets").get("region")));
    assertEquals(server.getJson("/health").get("placeholders").asLong(), onlyNothing.get("total").asLong());
  }

  @Test
  void defaultCountsLeaveThemOut() {
    JsonNode health = server.getJson("/health");
    long searchable = health.get("searchable").asLong();
    JsonNode facets = server.getJson("/api/facets");
    assertEquals(searchable, facets.get("total").asLong());
    assertEquals(Map.of("true", searchable), counts(facets.get("facets").get("reported")));
    assertEquals(searchable, server.getJson("/api/search").get("total").asLong());
    assertEquals(searchable, server.getJson("/api/stats/pivot", "rows", "region", "cols", "year")
        .get("total").asLong());
  }

  @Test
  void aValueThatIsNoBooleanIsRefusedInSwedishToo() {
    TestServer.Response r = server.get("/api/facets", "reported", "kanske");
    assertEquals(400, r.status());
    assertEquals("reported: ska vara true eller false", r.json().get("meddelande").asText());
    assertTrue(r.json().get("message").asText().startsWith("reported:"), r.body());
  }
}
