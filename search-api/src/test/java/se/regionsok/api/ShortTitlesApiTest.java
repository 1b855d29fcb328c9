package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Report answers' short titles in hits, records, similar records and the export, over real HTTP on the real corpus. */
class ShortTitlesApiTest extends ApiTest {
  /** Region Gotland's six answers on the 1:1 grant in the Tabellbilaga 2023. */
  private static final Map<String, String> GOTLAND = Map.of(
      "tabellbilaga-2023-996", "8.1 Fördelning av anslaget — Gotland har beslutat om nio projekt…",
      "tabellbilaga-2023-1002", "8.2 Hållbarhet i beslut om medel — I alla beslut måste hållbarhetsperspektiven finnas…",
      "tabellbilaga-2023-1003", "8.3 Anslagets bidrag till RUS-målen — Ja. Projekt som beslutades under 2023 beviljades…",
      "tabellbilaga-2023-1004", "8.4 Anslagets bidrag till Regionalfonden — Ja. Sammanfattning: Region Gotland har medfinansierat tre projekt…",
      "tabellbilaga-2023-1168", "8.5 Anslagets bidrag till Interreg — Nej. Gotland tillhör Interreg-programmet Central Baltic",
      "tabellbilaga-2023-1169", "8.6 Territoriella perspektiv i beslut om medel — Ö-läget innebär särskilda utmaningar att hantera olika…");

  @Test
  void hitsCarryTheShortTitleBesideTheWholeQuestion() {
    JsonNode hits = server.getJson("/api/search", "region", "Gotland", "docType", "grant-answer").get("hits");
    assertEquals(new TreeMap<>(GOTLAND), byId(hits));
    for (JsonNode hit : hits) {
      assertTrue(hit.get("title").asText().startsWith("Beskrivning "), "title is the question: " + hit.get("title"));
    }
    JsonNode initiative = server.getJson("/api/search", "q", "Kraftkommission Blekinge").get("hits").get(0);
    assertEquals("Kraftkommission Blekinge", initiative.get("title").asText());
    assertTrue(initiative.get("shortTitle").isNull(), "an initiative's name is short already");
  }

  @Test
  void theRecordCarriesItsShortTitleAndWholeQuestion() {
    JsonNode record = server.getJson("/api/documents/tabellbilaga-2023-1168");
    assertEquals("8.5 Anslagets bidrag till Interreg — Nej. Gotland tillhör Interreg-programmet Central Baltic",
        record.get("shortTitle").asText());
    assertEquals("Beskrivning av hur anslaget har bidragit till att nå målen i Interreg-program.",
        record.get("title").asText());
  }

  @Test
  void similarRecordsCarryTheirsAndTheOriginals() {
    JsonNode similar = server.getJson("/api/documents/vastmanland-2024-783/similar", "size", "20");
    assertEquals("4.4 Prestationer under året — Transportsystemet", similar.get("shortTitle").asText());
    int answers = 0;
    for (JsonNode hit : similar.get("hits")) {
      JsonNode record = server.getJson("/api/documents/" + hit.get("id").asText());
      assertEquals(record.get("shortTitle"), hit.get("shortTitle"), hit.get("id").asText());
      answers += hit.get("shortTitle").isNull() ? 0 : 1;
    }
    assertTrue(answers > 0, "some similar records are answers: " + similar.get("hits"));
  }

  @Test
  void theExportHoldsTheShortTitleInJsonAndAsTheLastCsvColumn() {
    Map<String, String> jsonl = new TreeMap<>();
    for (String line : server.get("/api/export", "region", "Gotland", "docType", "grant-answer",
        "format", "jsonl").body().split("\n")) {
      JsonNode record = server.parse(line);
      jsonl.put(record.get("id").asText(), record.get("shortTitle").asText());
    }
    assertEquals(new TreeMap<>(GOTLAND), jsonl);

    List<Map<String, String>> codes = server.get("/api/export", "region", "Gotland", "docType", "grant-answer",
        "format", "csv").csvRows(',');
    List<Map<String, String>> swedish = server.get("/api/export", "region", "Gotland", "docType", "grant-answer",
        "format", "csv", "sep", "semicolon", "labels", "sv").csvRows(';');
    assertEquals(GOTLAND.size(), codes.size());
    assertEquals(GOTLAND.size(), swedish.size());
    assertEquals("shortTitle", List.copyOf(codes.get(0).keySet()).getLast());
    assertEquals("Kort titel", List.copyOf(swedish.get(0).keySet()).getLast());
    for (int i = 0; i < GOTLAND.size(); i++) {
      assertEquals(GOTLAND.get(codes.get(i).get("id")), codes.get(i).get("shortTitle"));
      assertEquals(GOTLAND.get(swedish.get(i).get("Id")), swedish.get(i).get("Kort titel"));
    }
  }

  private static Map<String, String> byId(JsonNode hits) {
    Map<String, String> out = new TreeMap<>();
    hits.forEach(hit -> out.put(hit.get("id").asText(), hit.get("shortTitle").asText()));
    return out;
  }
}
