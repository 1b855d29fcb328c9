package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A record's whole text with the query's words marked as search matches them: stems, compound parts, folded spellings. */
class MarkedTextApiTest extends ApiTest {
  /** Uppsala's hydrogen cooperation group. */
  private static final String ID = "tabellbilaga-2023-914";
  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");
  @Test
  void aWordWithoutDiacriticsMarksTheWordItsPartsAndCompounds() {
    JsonNode marked = server.getJson("/api/documents/" + ID + "/marked", "q", "vatgas");
    assertEquals(List.of("vätgassamverkansgrupp", "vätgas", "vätgasutveckling"), marks(marked));
    assertEquals(3, marked.get("matches").asInt());
    assertEquals(server.getJson("/api/documents/" + ID).get("text").asText(), plain(marked),
        "the whole text, nothing but marks added");
  }

  @Test
  void anInflectedFormMarksItsLemma() {
    // "avsiktsförklaringar" (plural) finds the record's "avsiktsförklaring" twice
    assertEquals(List.of("avsiktsförklaring", "avsiktsförklaring"),
        marks(server.getJson("/api/documents/" + ID + "/marked", "q", "avsiktsförklaringar")));
  }

  @Test
  void aRegionNamedInTheQueryIsAFilterNotAWordUnlessLiteral() {
    assertEquals(List.of("vätgassamverkansgrupp", "vätgas", "vätgasutveckling"),
        marks(server.getJson("/api/documents/" + ID + "/marked", "q", "vätgas Uppsala")));
    // "Uppsala kommun, Uppsala Vatten, Gamla Uppsalabuss och Region Uppsala"
    assertEquals(List.of("vätgassamverkansgrupp", "vätgas", "Uppsala", "Uppsala", "Uppsala", "vätgasutveckling"),
        marks(server.getJson("/api/documents/" + ID + "/marked", "q", "vätgas Uppsala", "literal", "true")));
  }

  @Test
  void anUnknownRecordIsNotFound() {
    TestServer.Response r = server.get("/api/documents/finns-inte/marked", "q", "vätgas");
    assertEquals(404, r.status());
    assertEquals("ingen post med id 'finns-inte'", r.json().get("meddelande").asText());
  }

  private static List<String> marks(JsonNode marked) {
    List<String> out = new ArrayList<>();
    Matcher m = MARK.matcher(marked.get("text").asText());
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String plain(JsonNode marked) {
    return marked.get("text").asText().replaceAll("</?mark>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#x27;", "'").replace("&amp;", "&");
  }
}
