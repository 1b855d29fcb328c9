package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.regionsok.api.SearchApiTest.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Concept queries on the real corpus (issue 15): multi-word synonyms, regions and years, corrections. */
class ConceptQueriesTest extends ApiTest {
  @Test
  void aMultiWordSynonymFindsTheSameRecordsEitherWay() {
    for (List<String> pair : List.of(List.of("FRO", "fonden för en rättvis omställning"),
        List.of("RUS", "regional utvecklingsstrategi"))) {
      List<String> acronym = ids(server.getJson("/api/search", "q", pair.get(0), "size", "100"));
      List<String> words = ids(server.getJson("/api/search", "q", pair.get(1), "size", "100"));
      assertTrue(acronym.size() >= 5, pair + ": " + acronym);
      int top = Math.min(10, acronym.size());
      Set<String> shared = new HashSet<>(acronym.subList(0, top));
      shared.retainAll(words.subList(0, top));
      assertTrue(shared.size() >= top * 8 / 10, pair + ": the same records rank first either way " + shared);
      assertTrue(Math.abs(acronym.size() - words.size()) <= acronym.size() / 10 || words.containsAll(acronym),
          pair + ": the words find what the acronym finds");
    }
  }

  @Test
  void quotingARareWordFindsTheRecordsThatSayItAndNoMore() {
    JsonNode quoted = server.getJson("/api/search", "q", "\"glesbygd\"", "size", "100");
    assertTrue(quoted.get("total").asInt() > 0);
    assertEquals(quoted.get("total").asInt(), quoted.get("hits").size());
    quoted.get("hits").forEach(hit -> assertTrue(hit.get("snippet").asText().toLowerCase().contains("<mark>glesbygd"),
        "no feedback words, no topic: " + hit.get("id") + " " + hit.get("snippet")));
    assertTrue(ids(server.getJson("/api/search", "q", "glesbygd", "size", "100")).containsAll(ids(quoted)),
        "the quoted search is within the plain one");
  }

  @Test
  void theWordAsTypedOutranksItsSynonym() {
    assertTrue(server.getJson("/api/search", "q", "RUS").get("hits").get(0).get("title").asText()
        .contains("RUS"));
    JsonNode words = server.getJson("/api/search", "q", "regional utvecklingsstrategi", "size", "20");
    assertTrue(words.get("hits").get(0).get("title").asText().contains("regional utvecklingsstrategi"));
    assertFalse(ids(words).subList(0, 3).contains("orebro-2022-218"),
        "the record that says only RUS (first for RUS) ranks below those that say the words");
  }

  @Test
  void aRegionInTheQueryIsReadAsTheRegionFilter() {
    JsonNode read = server.getJson("/api/search", "q", "besöksnäring Gotland", "size", "100");
    JsonNode filtered = server.getJson("/api/search", "q", "besöksnäring", "region", "Gotland", "size", "100");
    assertTrue(filtered.get("total").asInt() > 0);
    assertTrue(ids(read).containsAll(ids(filtered)), "every Gotland tourism record is found");
    assertEquals("Gotland", read.get("understood").get("region").get(0).asText());
    read.get("hits").forEach(hit -> assertEquals("Gotland", hit.get("region").asText()));
    for (String spelling : List.of("besoksnaring Region Gotland", "besöksnäring Gotlands län")) {
      assertEquals(ids(filtered), ids(server.getJson("/api/search", "q", spelling, "size", "100")), spelling);
    }
    JsonNode vgr = server.getJson("/api/search", "q", "kompetensförsörjning VGR", "size", "5");
    assertEquals("Västra Götaland", vgr.get("understood").get("region").get(0).asText());
    JsonNode vgRegion = server.getJson("/api/search", "q", "kompetensförsörjning Västra Götalandsregionen", "size", "5");
    assertEquals(ids(vgr), ids(vgRegion));
  }

  @Test
  void everyRegionNamedInTheQueryFiltersAsTheRegionFilterDoes() {
    int read = 0;
    for (String region : se.regionsok.record.Regions.CANONICAL) {
      List<String> named = ids(server.getJson("/api/search", "q", "kompetensförsörjning " + region, "size", "100"));
      List<String> filtered = ids(server.getJson("/api/search", "q", "kompetensförsörjning", "region", region,
          "size", "100"));
      if (!filtered.isEmpty()) { // else read as a filter it finds nothing, and is searched as typed
        assertEquals(filtered, named, region);
        read++;
      }
    }
    assertTrue(read >= 15, read + " regions");
  }

  @Test
  void literalTurnsTheReadingOffAndAYearIsAFilter() {
    JsonNode literal = server.getJson("/api/search", "q", "besöksnäring Gotland", "literal", "true");
    assertFalse(literal.has("understood"));
    JsonNode year = server.getJson("/api/search", "q", "kollektivtrafik 2024", "size", "100");
    assertEquals(2024, year.get("understood").get("year").get(0).asInt());
    assertTrue(year.get("total").asInt() > 0);
    year.get("hits").forEach(hit -> assertEquals(2024, hit.get("year").asInt()));
    JsonNode range = server.getJson("/api/search", "q", "kollektivtrafik 2022–2023", "size", "100");
    assertEquals(List.of(2022, 2023), List.of(range.get("understood").get("year").get(0).asInt(),
        range.get("understood").get("year").get(1).asInt()));
    range.get("hits").forEach(hit -> assertTrue(hit.get("year").asInt() <= 2023, hit.toString()));
    JsonNode nothingThatYear = server.getJson("/api/search", "q", "vätgas 2024");
    assertFalse(nothingThatYear.has("understood"), "read as a filter it finds nothing, so it is searched as typed");
  }

  @Test
  void aMisspeltQueryIsCorrectedAndSaysSoOnce() {
    JsonNode typo = server.getJson("/api/search", "q", "vätgsa");
    JsonNode right = server.getJson("/api/search", "q", "vätgas");
    assertEquals("vätgsa", typo.get("correctedFrom").asText());
    assertEquals("vätgas", typo.get("correctedTo").asText());
    assertEquals(right.get("total").asInt(), typo.get("total").asInt(), "the hits the correction gives");
    assertEquals(ids(right), ids(typo));
    assertTrue(typo.get("suggestion").isNull(), "no 'did you mean' beside the correction");
    assertFalse(typo.get("partialMatch").asBoolean());
    JsonNode asTyped = server.getJson("/api/search", "q", "vätgsa", "literal", "true");
    assertEquals(0, asTyped.get("total").asInt());
    assertFalse(asTyped.get("partialMatch").asBoolean(), "no partial-match banner over no hits");
    assertNull(asTyped.get("correctedFrom"));
    assertEquals("vätgas", asTyped.get("suggestion").asText());
  }
}
