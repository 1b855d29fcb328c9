package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Similar records, suggestions, export, caching, CORS and explanations on the real corpus. */
class DashboardApiTest extends ApiTest {
  @Test
  void similarInitiativesComeFromOtherRegionsAndTheSameInitiativeIsGroupedApart() {
    // Sörmland's "Elkapacitet och effektanvändande i Östra Mellansverige" (corpus notes §7)
    JsonNode similar = server.getJson("/api/documents/tabellbilaga-2023-908/similar",
        "otherRegions", "true", "size", "5");
    List<String> same = ids(similar.get("sameInitiative"));
    assertTrue(same.contains("tabellbilaga-2023-940"), "Västmanland reports the same project: " + same);
    assertTrue(same.contains("orebro-2022-1706"), "so does Örebro's 2022 report: " + same);
    List<String> hits = ids(similar.get("hits"));
    assertTrue(hits.contains("tabellbilaga-2023-452"), "Elsmarta (Uppsala) is comparable: " + hits);
    for (JsonNode hit : similar.get("hits")) {
      assertFalse(hit.get("region").asText().equals("Sörmland"));
      assertFalse(hit.get("id").asText().equals("tabellbilaga-2023-908"));
      assertFalse(hit.get("why").get("sharedTerms").isEmpty(), hit.toString());
    }
  }

  @Test
  void aHydrogenInitiativeFindsTheOtherRegionsHydrogenWork() {
    JsonNode similar = server.getJson("/api/documents/tabellbilaga-2023-914/similar",
        "otherRegions", "true", "size", "5");
    List<String> hits = ids(similar.get("hits"));
    assertTrue(hits.contains("tabellbilaga-2023-847"), "Mid Sweden Hydrogen Valley: " + hits);
    assertTrue(similar.get("sameInitiative").isEmpty());
  }

  @Test
  void similarOfAnUnknownRecordIs404() {
    assertEquals(404, server.get("/api/documents/nope/similar").status());
  }

  @Test
  void suggestionsCompleteInsideWordsWithOrWithoutDiacritics() {
    JsonNode vatg = server.getJson("/api/suggest", "prefix", "vatg");
    assertEquals("vätgas", vatg.get(0).get("text").asText());
    assertEquals(6, vatg.get(0).get("count").asInt());
    assertEquals("Kraftkommission Blekinge", server.getJson("/api/suggest", "prefix", "kraftk").get(0).get("text").asText());
    assertTrue(server.getJson("/api/suggest", "prefix", "").isEmpty());
  }

  @Test
  void exportHoldsEverySearchHitAndTheCsvParsesBackToTheSameRecords() throws IOException {
    String[] filters = {"q", "vätgas", "region", "Uppsala", "region", "Gävleborg", "region", "Gotland"};
    int total = server.getJson("/api/search", filters).get("total").asInt();
    List<JsonNode> jsonl = new ArrayList<>();
    for (String line : server.get("/api/export", append(filters, "format", "jsonl")).body().split("\n")) {
      jsonl.add(server.parse(line));
    }
    assertEquals(total, jsonl.size());

    TestServer.Response csv = server.get("/api/export", append(filters, "format", "csv", "sep", "semicolon"));
    assertTrue(csv.body().startsWith("\uFEFF"), "Excel needs the byte order mark");
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class).with(schema)
        .readValues(csv.body().substring(1))) {
      it.forEachRemaining(rows::add);
    }
    assertEquals(total, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode record = jsonl.get(i);
      assertEquals(record.get("id").asText(), rows.get(i).get("id"));
      assertEquals(record.get("text").asText(), rows.get(i).get("text"));
      assertEquals(record.get("region").asText(), rows.get(i).get("region"));
      List<String> goals = new ArrayList<>();
      record.get("rusGoals").forEach(g -> goals.add(g.asText()));
      assertEquals(String.join(" | ", goals), rows.get(i).get("rusGoals"));
    }
  }

  @Test
  void theSwedishExportHasSwedishHeadersAndOneColumnPerGoalSource() throws IOException {
    String[] filters = {"q", "vätgas", "region", "Uppsala", "region", "Gävleborg"};
    List<JsonNode> records = new ArrayList<>();
    for (String line : server.get("/api/export", append(filters, "format", "jsonl")).body().split("\n")) {
      records.add(server.parse(line));
    }
    TestServer.Response csv = server.get("/api/export", append(filters, "format", "csv", "sep", "semicolon", "labels", "sv"));
    assertEquals("attachment; filename=\"regionsok-vatgas-uppsala-gavleborg.csv\"",
        csv.headers().firstValue("Content-Disposition").orElse(""));
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class).with(schema)
        .readValues(csv.body().substring(1))) {
      it.forEachRemaining(rows::add);
    }
    assertEquals(records.size(), rows.size());
    assertEquals(List.of("Id", "Region", "Länskod", "År", "Dokumenttyp", "Politikområde", "Ämnen", "Titel", "Text", "Mål",
        "RUS-mål", "RUS-tema", "Program", "Agenda 2030-mål, angivna", "Agenda 2030-mål, härledda", "Källa",
        "Kort titel"),
        List.copyOf(rows.get(0).keySet()));
    for (int i = 0; i < rows.size(); i++) {
      JsonNode record = records.get(i);
      Map<String, String> row = rows.get(i);
      assertEquals(record.get("regionCode").asText(), row.get("Länskod"));
      List<String> inferred = new ArrayList<>();
      for (JsonNode sdg : record.get("sdgs")) {
        boolean isInferred = sdg.get("source").asText().equals("inferred");
        assertEquals(isInferred, sdg.has("evidence") && !sdg.get("evidence").isEmpty(),
            "inferred goals and only they carry evidence: " + sdg);
        if (isInferred) {
          inferred.add(String.valueOf(sdg.get("goal").asInt()));
        }
      }
      assertEquals(inferred, java.util.Arrays.stream(row.get("Agenda 2030-mål, härledda").split(" \\| "))
          .filter(g -> !g.isEmpty()).map(g -> g.split(" ")[0]).toList());
      if (record.get("docType").asText().equals("initiative")) {
        assertEquals("Insats", row.get("Dokumenttyp"));
      }
    }
  }

  @Test
  void dashboardsCanCacheFacetsUntilTheIndexChanges() throws Exception {
    TestServer.Response first = server.get("/api/facets", "region", "Skåne");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.contains(server.getJson("/health").get("indexVersion").asText()));
    HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.baseUrl() + "/api/facets?region=Sk%C3%A5ne")).header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(304, again.statusCode());
  }

  @Test
  void explainGivesLucenesScoreExplanation() {
    JsonNode hit = server.getJson("/api/search", "q", "Kraftkommission", "explain", "true").get("hits").get(0);
    assertTrue(hit.get("explanation").asText().contains("weight("), hit.toString());
    assertFalse(server.getJson("/api/search", "q", "Kraftkommission").get("hits").get(0).has("explanation"));
  }

  @Test
  void browsersFromAllowedOriginsMayCallTheApi() throws Exception {
    Javalin app = ApiServer.create(server.search(),
        new ApiServer.Settings(List.of("https://dashboard.example")), Optional.empty()).start("127.0.0.1", 0);
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + app.port() + "/api/facets"))
          .header("Origin", "https://dashboard.example").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals("https://dashboard.example", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + app.port() + "/api/facets"))
          .header("Origin", "https://elsewhere.example").build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    } finally {
      app.stop();
    }
  }

  private static List<String> ids(JsonNode hits) {
    List<String> ids = new ArrayList<>();
    hits.forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static String[] append(String[] params, String... more) {
    String[] all = java.util.Arrays.copyOf(params, params.length + more.length);
    System.arraycopy(more, 0, all, params.length, more.length);
    return all;
  }
}
