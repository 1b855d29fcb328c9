package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every kind of bad input answers 400 (or 404) with the JSON error shape naming the parameter. */
class BadInputTest extends ApiTest {
  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "page|0|page",
      "page|-3|page",
      "size|10000|size",
      "size|0|size",
      "size|ten|size",
      "year|abc|year",
      "yearFrom|20x|yearFrom",
      "sort|date|sort",
      "sdg|18|sdg",
      "sdg|goal|sdg",
      "sdgSource|maybe|sdgSource",
      "docType|memo|docType",
      "region|Atlantis|region",
      "area|Rymdfart|area",
      "regoin|Skåne|regoin",
  })
  void rejectsBadParameters(String name, String value, String named) {
    TestServer.Response r = server.get("/api/search", name, value);
    assertEquals(400, r.status(), r.body());
    JsonNode error = r.json();
    assertEquals("bad_request", error.get("error").asText());
    assertTrue(error.get("message").asText().contains(named), error.toString());
  }

  @Test
  void rejectsOverlongAndControlCharacterQueries() {
    TestServer.Response longQuery = server.get("/api/search", "q", "vätgas ".repeat(715));
    assertEquals(400, longQuery.status());
    assertTrue(longQuery.json().get("message").asText().contains("at most 1000"));
    TestServer.Response control = server.get("/api/search", "q", "vätgas\u0000\u0007");
    assertEquals(400, control.status());
    assertTrue(control.json().get("message").asText().contains("control characters"));
  }

  @Test
  void rejectsPagingBeyondTheResultWindow() {
    TestServer.Response r = server.get("/api/search", "page", "200", "size", "100");
    assertEquals(400, r.status());
    assertTrue(r.json().get("message").asText().contains("/api/export"));
  }

  @Test
  void queriesWithBrokenSyntaxStillAnswer() {
    for (String q : new String[] {"\"vätgas", "((regional", "-", "*", "OR", "a OR", "\\", "~2", "|||"}) {
      TestServer.Response r = server.get("/api/search", "q", q);
      assertEquals(200, r.status(), q + ": " + r.body());
    }
  }

  @Test
  void unknownIdsAndRoutesAre404WithTheErrorShape() {
    TestServer.Response r = server.get("/api/documents/no-such-record");
    assertEquals(404, r.status());
    assertEquals("not_found", r.json().get("error").asText());
    assertEquals(404, server.get("/api/nothing-here").status());
  }

  @Test
  void keepsServingAfterBadInput() {
    server.get("/api/search", "page", "0");
    server.get("/api/search", "q", "\u0000");
    assertEquals("ok", server.getJson("/health").get("status").asText());
  }
}
