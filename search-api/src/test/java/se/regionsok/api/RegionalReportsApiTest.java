package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The regions' own, damaged reports found and read through the API as easily as the appendix. */
class RegionalReportsApiTest extends ApiTest {
  @Test
  void orebroAndVastmanlandHaveRecordsInEveryYearTheyReported() {
    JsonNode orebro = server.getJson("/api/facets", "region", "Örebro", "region", "Västmanland");
    JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "region", "cols", "year",
        "region", "Örebro", "region", "Västmanland");
    Map<String, Map<String, Long>> byRegion = new java.util.HashMap<>();
    for (int i = 0; i < pivot.get("rowValues").size(); i++) {
      for (int j = 0; j < pivot.get("colValues").size(); j++) {
        long n = pivot.get("cells").get(i).get(j).asLong();
        if (n > 0) {
          byRegion.computeIfAbsent(pivot.get("rowValues").get(i).asText(), r -> new java.util.TreeMap<>())
              .put(pivot.get("colValues").get(j).asText(), n);
        }
      }
    }
    assertEquals(List.of("2022", "2023", "2024"), List.copyOf(byRegion.get("Örebro").keySet()));
    assertEquals(List.of("2023", "2024"), List.copyOf(byRegion.get("Västmanland").keySet()));
    assertTrue(orebro.get("total").asInt() > 0);
  }

  @Test
  void aCorrectlySpeltQueryFindsTheOcrText() {
    // "samverkansråd" is written only in the scanned reports, where the OCR lost its å
    JsonNode result = server.getJson("/api/search", "q", "samverkansråd", "size", "3");
    List<String> ids = SearchApiTest.ids(result);
    assertTrue(ids.contains("orebro-2022-2323"), ids.toString());
    ids.forEach(id -> assertTrue(id.startsWith("orebro-"), id));
  }

  @Test
  void aQueryWithoutDiacriticsFindsTheSplitDiacriticReport() {
    JsonNode result = server.getJson("/api/search", "q", "partnerskapet for sociala innovationer",
        "region", "Örebro", "year", "2024", "size", "3");
    assertTrue(result.get("total").asInt() > 0);
    JsonNode first = result.get("hits").get(0);
    assertTrue(first.get("id").asText().startsWith("orebro-2024-"));
    assertTrue(first.get("snippet").asText().contains("<mark>"), first.toString());
  }

  @Test
  void aRecordOfARepairedReportKeepsTheTextAsRead() {
    JsonNode answer = server.getJson("/api/documents/orebro-2022-2323");
    assertEquals("Örebro", answer.get("region").asText());
    assertEquals(2022, answer.get("year").asInt());
    assertEquals("report-answer", answer.get("docType").asText());
    assertEquals(List.of("Samverkan"), List.of(answer.get("area").get(0).asText()));
    assertTrue(answer.get("text").asText().contains("samverkansrådet"));
    assertTrue(answer.get("originalText").asText().contains("samverkansradet"));
    assertTrue(answer.get("flags").toString().contains("ocr_repaired"));
  }

  @Test
  void didYouMeanRestoresDiacriticsAndFixesTypos() {
    JsonNode corrected = server.getJson("/api/search", "q", "kompetensforsorjnig");
    assertEquals("kompetensförsörjning", corrected.get("correctedTo").asText(), "no hits as typed: corrected");
    assertEquals("kompetensforsorjnig", corrected.get("correctedFrom").asText());
    assertEquals("kompetensförsörjning", server.getJson("/api/search", "q", "kompetensforsorjnig",
        "literal", "true").get("suggestion").asText(), "as typed: did you mean");
    assertTrue(server.getJson("/api/search", "q", "vätgas").get("suggestion").isNull());
  }
}
