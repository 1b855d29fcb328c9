package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the page needs besides search: the region of each RUS goal, and where long compounds may break. */
class GoalRegionsAndHyphenationApiTest extends ApiTest {
  /** Each goal's regions are exactly the regions of the records that name it. */
  @Test
  void everyRusGoalCarriesTheRegionsOfItsRecords() {
    JsonNode goals = server.getJson("/api/facets", "q", "energi", "limit", "1000").get("facets").get("rusGoal");
    assertTrue(goals.size() > 50, "many goals: " + goals.size());
    int shared = 0;
    for (JsonNode goal : List.of(goals.get(0), goals.get(goals.size() / 2), goals.get(goals.size() - 1))) {
      assertEquals(regionsWithRecords(goal.get("value").asText()), texts(goal.get("regions")), goal.toString());
    }
    for (JsonNode goal : goals) {
      shared += goal.get("regions").size() > 1 ? 1 : 0;
      assertTrue(goal.get("regions").size() >= 1, goal.toString());
    }
    assertEquals(List.of("Norrbotten", "Värmland"), regionsWithRecords("Attraktiva livsmiljöer"),
        "a goal worded alike in two strategies belongs to both");
    assertTrue(shared <= 3, "goals belong to one region's strategy, few are worded alike: " + shared);
  }

  @Test
  void compoundsGetSoftHyphensWhereTheirPartsMeet() {
    JsonNode answer = server.getJson("/api/hyphenation", "word", "vätgassamverkansgrupp",
        "word", "Infrastrukturutbyggnadsprogrammet", "word", "internationalisering");
    assertEquals(Map.of("vätgassamverkansgrupp", "vätgas\u00adsamverkansgrupp",
        "Infrastrukturutbyggnadsprogrammet", "Infrastruktur\u00adutbyggnads\u00adprogrammet",
        "internationalisering", "internationalisering"), server.parse(answer.toString()).properties().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asText())));
  }

  @Test
  void tooManyWordsAreRefused() {
    String[] params = new String[2 * 101];
    for (int i = 0; i < 101; i++) {
      params[2 * i] = "word";
      params[2 * i + 1] = "ord" + i;
    }
    TestServer.Response r = server.get("/api/hyphenation", params);
    assertEquals(400, r.status());
    assertEquals("word: högst 100 värden (fick 101)", r.json().get("meddelande").asText());
  }

  private static List<String> regionsWithRecords(String goal) {
    List<String> regions = new ArrayList<>();
    server.getJson("/api/facets", "rusGoal", goal, "zeros", "false").get("facets").get("region")
        .forEach(v -> regions.add(v.get("value").asText()));
    return regions;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
