package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Regions;

/**
 * The search API over real HTTP on the real corpus. Counts are what Tillväxtverket's table
 * appendix holds (corpus notes §1.4: 534 data rows, one exact duplicate, 13 placeholders).
 */
class SearchApiTest extends ApiTest {
  /** Table appendix initiatives per region, duplicate and placeholders left out. */
  private static final Map<String, Integer> INITIATIVES_PER_REGION = new TreeMap<>(Map.ofEntries(
      Map.entry("Blekinge", 25), Map.entry("Dalarna", 23), Map.entry("Gotland", 28),
      Map.entry("Gävleborg", 29), Map.entry("Halland", 22), Map.entry("Jämtland Härjedalen", 20),
      Map.entry("Jönköping", 25), Map.entry("Kalmar", 14), Map.entry("Kronoberg", 25),
      Map.entry("Norrbotten", 25), Map.entry("Skåne", 28), Map.entry("Stockholm", 25),
      Map.entry("Sörmland", 26), Map.entry("Uppsala", 33), Map.entry("Värmland", 24),
      Map.entry("Västerbotten", 24), Map.entry("Västernorrland", 29), Map.entry("Västmanland", 21),
      Map.entry("Västra Götaland", 29), Map.entry("Örebro", 23), Map.entry("Östergötland", 22)));
  private static final Map<String, Integer> INITIATIVES_PER_AREA = Map.of(
      PolicyArea.LIKVARDIGA_MOJLIGHETER.label(), 81,
      PolicyArea.KOMPETENSFORSORJNING.label(), 89,
      PolicyArea.INNOVATION_FORETAGANDE.label(), 94,
      PolicyArea.TILLGANGLIGHET.label(), 85,
      PolicyArea.JAMSTALLDHET.label(), 46,
      PolicyArea.INTEGRATION.label(), 39,
      PolicyArea.MILJO_KLIMAT.label(), 86);
  /** The table appendix's initiatives: 2023 is also the year of Örebro's project decision. */
  private static final String[] APPENDIX_INITIATIVES = {"docType", "initiative", "year", "2023", "limit", "100"};

  @Test
  void facetCountsEqualWhatTheTableAppendixHolds() {
    JsonNode facets = server.getJson("/api/facets", APPENDIX_INITIATIVES);
    assertEquals(520, facets.get("total").asInt());
    assertEquals(INITIATIVES_PER_REGION, counts(facets.get("facets").get("region")));
    assertEquals(INITIATIVES_PER_AREA, counts(facets.get("facets").get("area")));
    JsonNode grants = server.getJson("/api/facets", "docType", "grant-answer", "limit", "100");
    assertEquals(126, grants.get("total").asInt());
    counts(grants.get("facets").get("region")).values().forEach(n -> assertEquals(6, n));
  }

  @Test
  void everyRegionReportsInAreasOneToFourAndOnlyRealReportsCountInFiveToSeven() {
    JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "area", "cols", "region",
        "docType", "initiative", "year", "2023");
    Map<String, Set<String>> regionsByArea = new HashMap<>();
    for (int i = 0; i < pivot.get("rowValues").size(); i++) {
      Set<String> regions = new TreeSet<>();
      for (int j = 0; j < pivot.get("colValues").size(); j++) {
        if (pivot.get("cells").get(i).get(j).asLong() > 0) {
          regions.add(pivot.get("colValues").get(j).asText());
        }
      }
      regionsByArea.put(pivot.get("rowValues").get(i).asText(), regions);
    }
    Set<String> all = new TreeSet<>(Regions.CANONICAL);
    for (PolicyArea area : List.of(PolicyArea.LIKVARDIGA_MOJLIGHETER, PolicyArea.KOMPETENSFORSORJNING,
        PolicyArea.INNOVATION_FORETAGANDE, PolicyArea.TILLGANGLIGHET)) {
      assertEquals(all, regionsByArea.get(area.label()), area.label());
    }
    assertEquals(without(all, "Jämtland Härjedalen", "Kalmar", "Örebro"),
        regionsByArea.get(PolicyArea.JAMSTALLDHET.label()));
    assertEquals(without(all, "Jämtland Härjedalen", "Värmland", "Västmanland", "Örebro", "Östergötland"),
        regionsByArea.get(PolicyArea.INTEGRATION.label()));
    assertEquals(without(all, "Blekinge"), regionsByArea.get(PolicyArea.MILJO_KLIMAT.label()));
  }

  @Test
  void pivotCellsSumToTheTotal() {
    JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "region", "cols", "area");
    long sum = 0;
    for (JsonNode row : pivot.get("cells")) {
      for (JsonNode cell : row) {
        sum += cell.asLong();
      }
    }
    assertEquals(pivot.get("total").asLong(), sum, "every record has exactly one area");
    long rowTotals = 0;
    for (JsonNode n : pivot.get("rowTotals")) {
      rowTotals += n.asLong();
    }
    assertEquals(pivot.get("total").asLong(), rowTotals);
  }

  @Test
  void aNamedInitiativeRanksFirst() {
    JsonNode result = server.getJson("/api/search", "q", "Kraftkommission");
    JsonNode first = result.get("hits").get(0);
    assertEquals("tabellbilaga-2023-37", first.get("id").asText());
    assertEquals("Blekinge", first.get("region").asText());
    assertEquals("Kraftkommission Blekinge", first.get("title").asText());
    assertTrue(first.get("snippet").asText().contains("<mark>Kraftkommission</mark>"));
  }

  @Test
  void aQueryWithoutDiacriticsFindsTheDiacriticText() {
    JsonNode folded = server.getJson("/api/search", "q", "hallbar omstallning", "size", "5");
    JsonNode exact = server.getJson("/api/search", "q", "hållbar omställning", "size", "5");
    assertTrue(folded.get("total").asInt() >= 20, folded.toString());
    assertEquals(ids(exact).subList(0, 3), ids(folded).subList(0, 3), "the same records rank first either way");
    assertTrue(folded.get("hits").get(0).get("snippet").asText().contains("<mark>Hållbar"));
  }

  @Test
  void tickingTwoRegionsKeepsTheOtherRegionsCounts() {
    JsonNode none = server.getJson("/api/search", "q", "vätgas", "limit", "100");
    JsonNode two = server.getJson("/api/search", "q", "vätgas", "region", "Uppsala", "region", "Gävleborg",
        "limit", "100");
    assertEquals(counts(none.get("facets").get("region")), counts(two.get("facets").get("region")),
        "region counts are computed without the region filter");
    Map<String, Integer> regionCounts = counts(none.get("facets").get("region"));
    assertEquals(regionCounts.get("Uppsala") + regionCounts.get("Gävleborg"), two.get("total").asInt());
    assertNotEquals(counts(none.get("facets").get("area")), counts(two.get("facets").get("area")),
        "other facets follow the region filter");
    for (JsonNode hit : two.get("hits")) {
      assertTrue(Set.of("Uppsala", "Gävleborg").contains(hit.get("region").asText()));
    }
  }

  @Test
  void anAgendaGoalWithItsSourceMeansThatGoalFromThatSource() {
    Map<String, Integer> explicitPerGoal = new TreeMap<>();
    for (String line : server.get("/api/export", "format", "jsonl").body().split("\n")) {
      for (JsonNode sdg : server.parse(line).get("sdgs")) {
        if (sdg.get("source").asText().equals("explicit")) {
          explicitPerGoal.merge(sdg.get("goal").asText(), 1, Integer::sum);
        }
      }
    }
    int explicit13 = explicitPerGoal.get("13");
    JsonNode result = server.getJson("/api/search", "sdg", "13", "sdgSource", "explicit", "limit", "20");
    assertEquals(explicit13, result.get("total").asInt());
    assertEquals(explicitPerGoal, counts(result.get("facets").get("sdg")),
        "with a source chosen, goal counts are counts of that source's goals");
    assertTrue(server.getJson("/api/search", "sdg", "13").get("total").asInt() > explicit13,
        "inferred goals count without a source");
  }

  @Test
  void aQuestionThatMatchesNothingWhollyFallsBackToMostOfItsWords() {
    String question = "vilka regioner satsar på vätgas och laddinfrastruktur för tunga transporter";
    JsonNode result = server.getJson("/api/search", "q", question, "size", "20");
    List<String> ids = ids(result);
    assertEquals("tabellbilaga-2023-559", ids.get(0), "Gävleborg's laddinfrastruktur seminars come first: " + ids);
    assertTrue(ids.contains("tabellbilaga-2023-914"), "Uppsala's hydrogen group: " + ids);
    int exported = server.get("/api/export", "q", question, "format", "jsonl").body().split("\n").length;
    assertEquals(result.get("total").asInt(), exported, "export and facets follow the same fallback");
    assertEquals(result.get("total").asInt(), server.getJson("/api/facets", "q", question).get("total").asInt());
    assertTrue(result.get("partialMatch").asBoolean());
    JsonNode unknownWord = server.getJson("/api/search", "q", "vätgas kvantdator");
    assertTrue(unknownWord.get("partialMatch").asBoolean());
    assertEquals(server.getJson("/api/search", "q", "vätgas").get("total"), unknownWord.get("total"),
        "the word the corpus knows decides");
    assertFalse(server.getJson("/api/search", "q", "vätgas").get("partialMatch").asBoolean());
  }

  @Test
  void placeholdersNeverRankButStayReadable() {
    JsonNode result = server.getJson("/api/search", "q", "redovisar inga insatser i tabellform", "size", "100");
    for (JsonNode hit : result.get("hits")) {
      assertNotEquals("tabellbilaga-2023-677", hit.get("id").asText());
    }
    JsonNode placeholder = server.getJson("/api/documents/tabellbilaga-2023-677");
    assertTrue(placeholder.get("placeholder").asBoolean());
  }

  @Test
  void noTwoInitiativesShareRegionAreaAndText() {
    Set<String> seen = new HashSet<>();
    for (String line : server.get("/api/export", "format", "jsonl").body().split("\n")) {
      JsonNode r = server.parse(line);
      assertTrue(seen.add(r.get("region").asText() + "|" + r.get("area") + "|" + r.get("text").asText()),
          "repeated: " + r.get("id").asText());
    }
  }

  @Test
  void aRecordIsReturnedWhole() {
    JsonNode record = server.getJson("/api/documents/tabellbilaga-2023-37");
    for (String field : List.of("id", "region", "year", "docType", "area", "title", "text", "rusGoals",
        "rusThemes", "programs", "sdgs", "source")) {
      assertTrue(record.has(field), field);
    }
    assertEquals(2023, record.get("year").asInt());
    assertEquals("003_6ff1fea56741f8c8.txt", record.get("source").get("document").asText());
    assertEquals(37, record.get("source").get("lineStart").asInt());
    assertFalse(record.get("text").asText().contains("<li>"));
  }

  @Test
  void pagingWalksThroughTheResultsWithoutOverlap() {
    JsonNode first = server.getJson("/api/search", "q", "kompetensförsörjning", "size", "5", "page", "1");
    JsonNode second = server.getJson("/api/search", "q", "kompetensförsörjning", "size", "5", "page", "2");
    Set<String> ids = new HashSet<>(ids(first));
    ids.addAll(ids(second));
    assertEquals(10, ids.size());
    assertEquals(first.get("total"), second.get("total"));
  }

  @Test
  void sortingByYearPutsTheNewestFirst() {
    JsonNode result = server.getJson("/api/search", "q", "samverkan", "sort", "year", "size", "50");
    int previous = Integer.MAX_VALUE;
    for (JsonNode hit : result.get("hits")) {
      assertTrue(hit.get("year").asInt() <= previous);
      previous = hit.get("year").asInt();
    }
  }

  @Test
  void healthCountsTheRecords() {
    JsonNode health = server.getJson("/health");
    assertEquals("ok", health.get("status").asText());
    assertTrue(health.get("records").asInt() >= 659);
    assertTrue(health.get("indexVersion").asText().startsWith("v"));
    // placeholders are counted apart: everything else is what an empty search finds
    assertEquals(server.getJson("/api/search").get("total").asInt(), health.get("searchable").asInt());
    assertEquals(health.get("records").asInt(),
        health.get("searchable").asInt() + health.get("placeholders").asInt());
    assertTrue(health.get("placeholders").asInt() > 13, "the appendix alone has 13");
  }

  @Test
  void metricsTimeTheRoutes() {
    server.getJson("/api/search", "q", "vätgas");
    String metrics = server.get("/metrics").body();
    assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"}"),
        metrics.lines().filter(l -> l.startsWith("http_server")).limit(5).toList().toString());
    assertTrue(metrics.contains("jvm_memory_used_bytes"));
    server.get("/api/search", "page", "0");
    assertTrue(server.get("/metrics").body().contains(
        "http_server_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"400\"}"),
        "a rejected request is counted as a 400");
  }

  /** The values records have and their counts (complete facets also list values with 0). */
  static Map<String, Integer> counts(JsonNode facet) {
    Map<String, Integer> counts = new TreeMap<>();
    facet.forEach(v -> {
      if (v.get("count").asInt() > 0) {
        counts.put(v.get("value").asText(), v.get("count").asInt());
      }
    });
    return counts;
  }

  static List<String> ids(JsonNode result) {
    List<String> ids = new java.util.ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static Set<String> without(Set<String> all, String... regions) {
    Set<String> rest = new TreeSet<>(all);
    List.of(regions).forEach(rest::remove);
    return rest;
  }
}
