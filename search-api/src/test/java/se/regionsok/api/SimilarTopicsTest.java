package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.junit.jupiter.api.Test;
import se.regionsok.record.Regions;
import se.regionsok.search.Filters;
import se.regionsok.search.Hit;
import se.regionsok.search.SimilarResponse;

/** Similar records ranked on topics, and their why, on the real corpus. */
class SimilarTopicsTest extends ApiTest {
  @Test
  void theHydrogenInitiativesListEachOtherFirst() throws IOException {
    // Gävleborg's hydrogen valley, Halland's hydrogen corridor, Jämtland's hydrogen sites, Uppsala's two
    List<String> hydrogen = List.of("tabellbilaga-2023-847", "tabellbilaga-2023-856",
        "tabellbilaga-2023-859", "tabellbilaga-2023-913", "tabellbilaga-2023-914");
    for (String id : hydrogen) {
      String region = server.search().record(id).orElseThrow().region();
      List<String> peers = new ArrayList<>();
      for (String other : hydrogen) {
        if (!server.search().record(other).orElseThrow().region().equals(region)) {
          peers.add(other);
        }
      }
      SimilarResponse similar = server.search().similar(id, Filters.NONE, 10, true).orElseThrow();
      List<String> first = similar.hits().stream().limit(peers.size()).map(Hit::id).toList();
      assertEquals(new HashSet<>(peers), new HashSet<>(first), id + " lists " + first);
      for (Hit hit : similar.hits().subList(0, peers.size())) {
        assertTrue(hit.why().topics().contains("Energi/Vätgas"), hit.toString());
      }
    }
  }

  @Test
  void theAnswerCarriesStrengthAndWhyWithTopicsTermsAndFacets() {
    JsonNode similar = server.getJson("/api/documents/tabellbilaga-2023-914/similar",
        "otherRegions", "true", "size", "8");
    JsonNode first = similar.get("hits").get(0);
    double strength = first.get("strength").asDouble();
    assertTrue(strength > 0 && strength <= 1, first.toString());
    assertTrue(first.get("why").get("topics").toString().contains("Energi/Vätgas"), first.toString());
    assertTrue(first.get("why").has("terms") && first.get("why").has("facets"), first.toString());
    assertTrue(first.get("why").has("sharedTerms"), "v1 field kept");
    double previous = 1;
    for (JsonNode hit : similar.get("hits")) {
      assertTrue(hit.get("strength").asDouble() <= previous, "best first");
      previous = hit.get("strength").asDouble();
    }
  }

  @Test
  void sameAreaAndDocTypeNarrowTheList() {
    JsonNode record = server.getJson("/api/documents/tabellbilaga-2023-537");
    List<String> areas = new ArrayList<>();
    record.get("area").forEach(a -> areas.add(a.asText()));
    JsonNode similar = server.getJson("/api/documents/tabellbilaga-2023-537/similar",
        "otherRegions", "true", "sameArea", "true", "docType", "initiative", "size", "20");
    assertFalse(similar.get("hits").isEmpty());
    for (JsonNode hit : similar.get("hits")) {
      assertEquals("initiative", hit.get("docType").asText());
      List<String> hitAreas = new ArrayList<>();
      hit.get("area").forEach(a -> hitAreas.add(a.asText()));
      assertTrue(hitAreas.stream().anyMatch(areas::contains), hit.toString());
    }
  }

  @Test
  void noSharedTermOfAnyRecordsSimilarListIsAPlaceNameOrAStopWord() throws IOException {
    Set<String> stopWords = new HashSet<>();
    SwedishAnalyzer.getDefaultStopSet().forEach(w -> stopWords.add(new String((char[]) w)));
    Set<String> places = placeNames();
    List<String> ids = new ArrayList<>();
    server.search().forEachMatch("", Filters.NONE, r -> ids.add(r.id()));
    assertEquals(server.search().index().records() - 22, ids.size(), "every record but the 22 placeholders");
    int checked = 0;
    for (String id : ids) {
      for (Hit hit : server.search().similar(id, Filters.NONE, 10, true).orElseThrow().hits()) {
        for (String term : hit.why().terms()) {
          assertFalse(stopWords.contains(term), id + " → " + hit.id() + ": stop word " + term);
          assertFalse(places.contains(term) || places.contains(term.replaceFirst("s$", "")),
              id + " → " + hit.id() + ": place name " + term);
          checked++;
        }
      }
    }
    assertTrue(checked > 1000, "shared terms checked: " + checked);
  }

  /** Regions and the place names of the similar vocabulary, lower-cased. */
  private static Set<String> placeNames() throws IOException {
    Set<String> places = new HashSet<>();
    for (String region : Regions.CANONICAL) {
      for (String word : region.toLowerCase(Locale.ROOT).split("[ -]")) {
        if (word.length() >= 4) {
          places.add(word);
        }
      }
    }
    try (InputStream in = SimilarTopicsTest.class.getResourceAsStream("/se/regionsok/search/place-names.txt")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.strip().toLowerCase(Locale.ROOT))
          .filter(l -> l.length() >= 4 && !l.contains(" "))
          .forEach(places::add);
    }
    return places;
  }
}
