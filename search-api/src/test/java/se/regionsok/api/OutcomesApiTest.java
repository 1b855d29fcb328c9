package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outcomes (issue 16) over real HTTP on the real corpus: record fields, facets, filters, sort, export, pivot. */
class OutcomesApiTest extends ApiTest {
  @Test
  void theRecordCarriesItsPartsAndOutcome() {
    // Västmanland's Visual Lift: an evaluation with two shares
    JsonNode r = server.getJson("/api/documents/tabellbilaga-2023-474");
    assertTrue(r.get("effects").asText().startsWith("Utvärdering (alla år):"), r.get("effects").asText());
    assertTrue(r.get("outputs").asText().length() > 0);
    JsonNode o = r.get("outcomes");
    assertEquals("achieved", o.get("status").asText());
    assertTrue(o.get("evaluated").asBoolean());
    assertEquals(List.of("88 % 88%", "22 % 22%"), figures(o.get("figures")));
    assertTrue(texts(o.get("evidence")).contains("Omsättningen har ökat i företagen med 22%."), o.toString());
  }

  @Test
  void theOutcomeFacetCountsEveryStatus() {
    JsonNode facets = server.getJson("/api/facets");
    Map<String, Integer> outcome = counts(facets.get("facets").get("outcome"));
    assertEquals(251, outcome.get("achieved"));
    assertEquals(129, outcome.get("partly"));
    assertEquals(60, outcome.get("expected"));
    assertEquals(40, outcome.get("too-early"));
    assertEquals(facets.get("total").asInt(), outcome.values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(33, counts(facets.get("facets").get("quantified")).get("true"));
    assertEquals(40, counts(facets.get("facets").get("evaluated")).get("true"));
  }

  @Test
  void goodExamplesByFilter() {
    JsonNode result = server.getJson("/api/search", "outcome", "achieved", "quantified", "true", "evaluated", "true",
        "size", "100");
    assertEquals(8, result.get("total").asInt());
    for (JsonNode hit : result.get("hits")) {
      JsonNode o = hit.get("outcome");
      assertEquals("achieved", o.get("status").asText());
      assertTrue(o.get("figures").size() > 0 && o.get("evaluated").asBoolean(), hit.toString());
    }
  }

  @Test
  void sortEvidencePutsGoodExamplesFirst() {
    JsonNode hits = server.getJson("/api/search", "q", "företag", "sort", "evidence", "size", "100").get("hits");
    int previous = Integer.MAX_VALUE;
    for (JsonNode hit : hits) {
      int rank = rank(hit.get("outcome"));
      assertTrue(rank <= previous, "evidence order broken at " + hit.get("id"));
      previous = rank;
    }
    JsonNode first = hits.get(0).get("outcome");
    assertEquals("achieved", first.get("status").asText());
    assertTrue(first.get("figures").size() > 0 && first.get("evaluated").asBoolean());
  }

  @Test
  void theEffectsLineMarksTheQueryWords() {
    JsonNode hits = server.getJson("/api/search", "q", "mognadsgrad").get("hits");
    JsonNode visualLift = find(hits, "tabellbilaga-2023-474");
    assertTrue(visualLift.get("outcome").get("effects").asText().contains("<mark>mognadsgrad</mark>"),
        visualLift.toString());
  }

  @Test
  void exportAndPivotAgreeWithTheFacet() throws IOException {
    String[] filters = {"outcome", "too-early"};
    int total = server.getJson("/api/facets", filters).get("total").asInt();
    assertEquals(40, total);
    TestServer.Response csv = server.get("/api/export", "outcome", "too-early", "format", "csv");
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.body().substring(1))) {
      it.forEachRemaining(rows::add);
    }
    assertEquals(total, rows.size());
    rows.forEach(row -> assertEquals("too-early", row.get("outcome")));
    assertTrue(rows.stream().allMatch(row -> row.containsKey("figures") && row.containsKey("evaluated")
        && !row.get("effects").isEmpty()));

    JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "region", "cols", "outcome");
    List<String> cols = texts(pivot.get("colValues"));
    long tooEarly = 0;
    for (JsonNode row : pivot.get("cells")) {
      tooEarly += row.get(cols.indexOf("too-early")).asLong();
    }
    assertEquals(total, tooEarly);
  }

  @Test
  void badOutcomeFiltersAreRefused() {
    TestServer.Response bad = server.get("/api/search", "outcome", "done");
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("outcome"), bad.body());
    assertEquals(400, server.get("/api/search", "quantified", "maybe").status());
  }

  private static int rank(JsonNode outcome) {
    List<String> order = List.of("not-reported", "too-early", "expected", "partly", "achieved");
    return order.indexOf(outcome.get("status").asText()) * 4 + (outcome.get("figures").size() > 0 ? 2 : 0)
        + (outcome.get("evaluated").asBoolean() ? 1 : 0);
  }

  private static JsonNode find(JsonNode hits, String id) {
    for (JsonNode hit : hits) {
      if (hit.get("id").asText().equals(id)) {
        return hit;
      }
    }
    throw new AssertionError(id + " not among " + hits);
  }

  private static List<String> figures(JsonNode figures) {
    List<String> out = new ArrayList<>();
    figures.forEach(f -> out.add(f.get("value").asText() + " " + f.get("unit").asText() + " " + f.get("text").asText()));
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Map<String, Integer> counts(JsonNode facet) {
    Map<String, Integer> out = new HashMap<>();
    facet.forEach(v -> out.put(v.get("value").asText(), v.get("count").asInt()));
    return out;
  }
}
