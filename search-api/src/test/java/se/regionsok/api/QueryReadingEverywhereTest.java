package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.regionsok.api.SearchApiTest.ids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Facets, export and pivot read regions and years in the query, and a correction of a query that
 * finds nothing, as search does, over real HTTP on the real corpus: "besöksnäring Gotland" counts,
 * exports and pivots the records search finds.
 */
class QueryReadingEverywhereTest extends ApiTest {
  @Test
  void aRegionInTheQueryIsCountedExportedAndPivotedAsSearchFindsIt() {
    String q = "besöksnäring Gotland";
    JsonNode search = server.getJson("/api/search", "q", q, "size", "100");
    long total = search.get("total").asLong();
    assertEquals(total, server.getJson("/api/search", "q", "besöksnäring", "region", "Gotland").get("total").asLong());
    assertTrue(total > 0 && total < 100, "all on one page: " + total);

    JsonNode facets = server.getJson("/api/facets", "q", q);
    assertEquals(total, facets.get("total").asLong());
    assertEquals(search.get("understood"), facets.get("understood"));
    assertEquals(search.get("facets"), facets.get("facets"), "the counts search gives beside its hits");
    facets.get("facets").get("region").forEach(v -> {
      if (v.get("value").asText().equals("Gotland")) {
        assertEquals(total, v.get("count").asLong());
      }
    });

    TestServer.Response export = server.get("/api/export", "q", q, "format", "jsonl");
    assertEquals(new HashSet<>(ids(search)), exportedIds(export));
    assertEquals(search.get("understood"), server.parse(understoodHeader(export).orElseThrow()));
    assertEquals(Optional.of("{\"region\":[\"Gotland\"],\"year\":[]}"), understoodHeader(export));

    JsonNode pivot = server.getJson("/api/stats/pivot", "q", q, "rows", "region", "cols", "year");
    assertEquals(total, pivot.get("total").asLong());
    assertEquals(List.of("Gotland"), texts(pivot.get("rowValues")));
    assertEquals(total, pivot.get("rowTotals").get(0).asLong());
    assertEquals(search.get("understood"), pivot.get("understood"));
  }

  @Test
  void aYearInTheQueryToo() {
    String q = "kollektivtrafik 2024";
    JsonNode search = server.getJson("/api/search", "q", q, "size", "100");
    long total = search.get("total").asLong();
    assertEquals(total, server.getJson("/api/search", "q", "kollektivtrafik", "year", "2024").get("total").asLong());
    JsonNode facets = server.getJson("/api/facets", "q", q);
    assertEquals(total, facets.get("total").asLong());
    assertEquals(List.of("2024"), texts(valuesWithCounts(facets.get("facets").get("year"))));
    TestServer.Response csv = server.get("/api/export", "q", q, "format", "csv", "labels", "sv", "sep", "semicolon");
    assertEquals(total, csvRows(csv).size());
    assertEquals(Optional.of("{\"region\":[],\"year\":[2024]}"), understoodHeader(csv));
    JsonNode pivot = server.getJson("/api/stats/pivot", "q", q, "rows", "year", "cols", "region");
    assertEquals(List.of("2024"), texts(pivot.get("rowValues")));
    assertEquals(total, pivot.get("total").asLong());
  }

  @Test
  void literalSearchesTheWordsAsTypedEverywhere() {
    String q = "besöksnäring Gotland";
    long total = server.getJson("/api/search", "q", q, "literal", "true").get("total").asLong();
    assertTrue(total != server.getJson("/api/search", "q", q).get("total").asLong(), "the reading matters here");
    JsonNode facets = server.getJson("/api/facets", "q", q, "literal", "true");
    assertEquals(total, facets.get("total").asLong());
    assertFalse(facets.has("understood"));
    TestServer.Response export = server.get("/api/export", "q", q, "format", "jsonl", "literal", "true");
    assertEquals(total, export.body().lines().count());
    assertEquals(Optional.empty(), understoodHeader(export));
    JsonNode pivot = server.getJson("/api/stats/pivot", "q", q, "literal", "true");
    assertEquals(total, pivot.get("total").asLong());
    assertFalse(pivot.has("understood"));
  }

  @Test
  void aReadingThatFindsNothingIsSearchedAsTypedEverywhere() {
    String q = "vätgas 2024";
    JsonNode search = server.getJson("/api/search", "q", q);
    assertFalse(search.has("understood"));
    long total = search.get("total").asLong();
    assertTrue(total > 0);
    JsonNode facets = server.getJson("/api/facets", "q", q);
    assertEquals(total, facets.get("total").asLong());
    assertFalse(facets.has("understood"));
    TestServer.Response export = server.get("/api/export", "q", q, "format", "jsonl");
    assertEquals(total, export.body().lines().count());
    assertEquals(Optional.empty(), understoodHeader(export));
    assertEquals(total, server.getJson("/api/stats/pivot", "q", q).get("total").asLong());
  }

  @Test
  void aCorrectionIsCountedExportedAndPivotedAsSearchAnswersIt() {
    JsonNode search = server.getJson("/api/search", "q", "vätgsa", "size", "100");
    long total = search.get("total").asLong();
    assertEquals(server.getJson("/api/search", "q", "vätgas").get("total").asLong(), total);
    JsonNode facets = server.getJson("/api/facets", "q", "vätgsa");
    assertEquals(total, facets.get("total").asLong());
    assertEquals("vätgsa", facets.get("correctedFrom").asText());
    assertEquals("vätgas", facets.get("correctedTo").asText());
    TestServer.Response export = server.get("/api/export", "q", "vätgsa", "format", "jsonl");
    assertEquals(new HashSet<>(ids(search)), exportedIds(export));
    assertEquals(Optional.of("{\"correctedFrom\":\"v\\u00E4tgsa\",\"correctedTo\":\"v\\u00E4tgas\"}"),
        export.headers().firstValue("Query-Corrected"));
    JsonNode pivot = server.getJson("/api/stats/pivot", "q", "vätgsa");
    assertEquals(total, pivot.get("total").asLong());
    assertEquals("vätgas", pivot.get("correctedTo").asText());
    assertEquals(0, server.getJson("/api/facets", "q", "vätgsa", "literal", "true").get("total").asLong());
    assertTrue(server.get("/api/export", "q", "vätgsa", "literal", "true").body().isEmpty());
  }

  private static Optional<String> understoodHeader(TestServer.Response response) {
    return response.headers().firstValue("Query-Understood");
  }

  private static List<Object> csvRows(TestServer.Response csv) {
    try (MappingIterator<Object> rows = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(';')).readValues(csv.body().substring(1))) {
      return rows.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> exportedIds(TestServer.Response export) {
    Set<String> ids = new HashSet<>();
    export.body().lines().forEach(line -> ids.add(server.parse(line).get("id").asText()));
    return ids;
  }

  private static JsonNode valuesWithCounts(JsonNode facet) {
    List<JsonNode> counted = new ArrayList<>();
    facet.forEach(v -> {
      if (v.get("count").asLong() > 0) {
        counted.add(v.get("value"));
      }
    });
    return server.parse(counted.toString());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(v -> texts.add(v.asText()));
    return texts;
  }
}
