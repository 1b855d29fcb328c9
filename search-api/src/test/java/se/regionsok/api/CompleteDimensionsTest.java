package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Topic and outcome are complete dimensions, over real HTTP on the real corpus: facets and pivot
 * list every topic the index holds and every outcome status, zeros included, in a fixed order.
 */
class CompleteDimensionsTest extends ApiTest {
  private static final List<String> STATUSES = List.of("achieved", "partly", "expected", "too-early", "not-reported");
  @Test
  void facetsListEveryTopicAndStatusWithZeros() {
    List<String> topics = values(server.getJson("/api/facets").get("facets").get("topic"));
    assertTrue(topics.contains("Energi") && topics.contains("Energi/Vätgas"), topics.toString());
    assertInAreaThenTopicOrder(topics);

    JsonNode vatgas = server.getJson("/api/facets", "q", "vätgas");
    JsonNode topic = vatgas.get("facets").get("topic");
    assertEquals(topics, values(topic), "every topic the index holds, whatever the query");
    assertEquals(STATUSES, values(vatgas.get("facets").get("outcome")));
    assertTrue(count(topic, "Kompetensförsörjning/Validering") == 0, "a topic vätgas records lack shows 0");
    assertEquals(searchTotal("q", "vätgas", "topic", "Energi/Vätgas"), count(topic, "Energi/Vätgas"));
    for (String status : STATUSES) {
      assertEquals(searchTotal("q", "vätgas", "outcome", status), count(vatgas.get("facets").get("outcome"), status),
          status);
    }

    JsonNode dropped = server.getJson("/api/facets", "q", "vätgas", "zeros", "false").get("facets");
    dropped.get("topic").forEach(v -> assertTrue(v.get("count").asLong() > 0, v.toString()));
    dropped.get("outcome").forEach(v -> assertTrue(v.get("count").asLong() > 0, v.toString()));
    assertTrue(dropped.get("topic").size() < topics.size());
  }

  @Test
  void pivotListsEveryTopicAndStatus() {
    List<String> topics = values(server.getJson("/api/facets").get("facets").get("topic"));
    JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "topic", "cols", "outcome", "q", "vätgas");
    assertEquals(topics, texts(pivot.get("rowValues")));
    assertEquals(STATUSES, texts(pivot.get("colValues")));
    int row = topics.indexOf("Energi/Vätgas");
    int achieved = STATUSES.indexOf("achieved");
    assertEquals(searchTotal("q", "vätgas", "topic", "Energi/Vätgas", "outcome", "achieved"),
        pivot.get("cells").get(row).get(achieved).asLong());
    assertEquals(searchTotal("q", "vätgas", "topic", "Energi/Vätgas"), pivot.get("rowTotals").get(row).asLong());

    JsonNode dropped = server.getJson("/api/stats/pivot", "rows", "topic", "cols", "outcome", "q", "vätgas",
        "zeros", "false");
    dropped.get("rowTotals").forEach(total -> assertTrue(total.asLong() > 0));
    assertTrue(dropped.get("rowValues").size() < topics.size());
  }

  /** Areas in Swedish alphabetical order, each followed by its own topics in that order. */
  private static void assertInAreaThenTopicOrder(List<String> topics) {
    Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
    String area = null;
    for (String value : topics) {
      if (!value.contains("/")) {
        assertTrue(area == null || swedish.compare(area, value) < 0, area + " before " + value);
        area = value;
      } else {
        assertEquals(area, value.substring(0, value.indexOf('/')), value + " under its area");
      }
    }
  }

  private static long searchTotal(String... params) {
    return server.getJson("/api/search", params).get("total").asLong();
  }

  private static long count(JsonNode facet, String value) {
    for (JsonNode v : facet) {
      if (v.get("value").asText().equals(value)) {
        return v.get("count").asLong();
      }
    }
    throw new AssertionError(value + " not listed in " + facet);
  }

  private static List<String> values(JsonNode facet) {
    List<String> values = new ArrayList<>();
    facet.forEach(v -> values.add(v.get("value").asText()));
    return values;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(v -> texts.add(v.asText()));
    return texts;
  }
}
