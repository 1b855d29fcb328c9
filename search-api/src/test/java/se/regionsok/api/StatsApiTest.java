package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The statistics dashboards publish, over real HTTP on the real corpus: every pivot number is
 * what /api/facets counts; a goal's source is a property of that goal; dimensions are complete and
 * ordered; regions carry their länskod; CSV and JSON-stat hold the same numbers.
 */
class StatsApiTest extends ApiTest {
  /** Filter combinations (name, value pairs), many with a goal source. */
  private static final List<String[]> FILTERS = List.of(
      new String[] {},
      new String[] {"docType", "initiative"},
      new String[] {"sdg", "13"},
      new String[] {"sdgSource", "explicit"},
      new String[] {"sdgSource", "inferred"},
      new String[] {"sdg", "13", "sdgSource", "explicit"},
      new String[] {"sdg", "13", "sdgSource", "explicit", "docType", "initiative"},
      new String[] {"sdg", "13", "sdgSource", "inferred", "docType", "initiative"},
      new String[] {"sdg", "8", "sdg", "17", "sdgSource", "explicit"},
      new String[] {"sdg", "7", "sdg", "13", "sdgSource", "inferred", "region", "Skåne"},
      new String[] {"sdgSource", "explicit", "sdgSource", "inferred", "sdg", "9"},
      new String[] {"region", "Stockholm", "region", "12"},
      new String[] {"region", "01", "sdgSource", "explicit"},
      new String[] {"year", "2023", "sdgSource", "explicit"},
      new String[] {"yearFrom", "2022", "yearTo", "2023", "docType", "initiative"},
      new String[] {"area", "Miljö och klimat", "sdgSource", "explicit"},
      new String[] {"q", "vätgas"},
      new String[] {"q", "klimat", "sdg", "13", "sdgSource", "explicit"},
      new String[] {"docType", "report-answer", "sdg", "4"},
      new String[] {"program", "Regionalfonden", "sdgSource", "inferred"},
      new String[] {"sdg", "11", "sdgSource", "explicit", "year", "2023", "docType", "initiative"},
      new String[] {"region", "Jämtland Härjedalen", "sdg", "13", "sdgSource", "explicit"});

  private static final List<String[]> AXES = List.of(
      new String[] {"region", "sdg"},
      new String[] {"region", "sdgSource"},
      new String[] {"sdg", "sdgSource"},
      new String[] {"year", "region"},
      new String[] {"area", "sdg"},
      new String[] {"docType", "year"});

  @Test
  void everyPivotNumberIsWhatFacetsCount() {
    int cellsChecked = 0;
    for (String[] filters : FILTERS) {
      JsonNode facets = server.getJson("/api/facets", with(filters, "limit", "1000"));
      for (String[] axes : AXES) {
        String rowDim = axes[0];
        String colDim = axes[1];
        JsonNode pivot = server.getJson("/api/stats/pivot", with(filters, "rows", rowDim, "cols", colDim));
        String call = Arrays.toString(filters) + " " + rowDim + "×" + colDim;
        assertEquals(facets.get("total").asLong(), pivot.get("total").asLong(), call);
        Map<String, Long> rowCounts = counts(facets.get("facets").get(rowDim));
        Map<String, Long> colCounts = counts(facets.get("facets").get(colDim));
        for (int i = 0; i < pivot.get("rowValues").size(); i++) {
          String row = pivot.get("rowValues").get(i).asText();
          assertEquals(rowCounts.get(row), pivot.get("rowTotals").get(i).asLong(), call + " row total " + row);
          Map<String, Long> inRow = counts(server.getJson("/api/facets",
              with(without(filters, rowDim), rowDim, row, "limit", "1000")).get("facets").get(colDim));
          for (int j = 0; j < pivot.get("colValues").size(); j++) {
            String col = pivot.get("colValues").get(j).asText();
            assertEquals(inRow.getOrDefault(col, 0L), pivot.get("cells").get(i).get(j).asLong(),
                call + " cell " + row + " × " + col);
            cellsChecked++;
          }
        }
        for (int j = 0; j < pivot.get("colValues").size(); j++) {
          String col = pivot.get("colValues").get(j).asText();
          assertEquals(colCounts.get(col), pivot.get("colTotals").get(j).asLong(), call + " col total " + col);
        }
      }
    }
    assertTrue(cellsChecked > 5_000, "cells checked: " + cellsChecked);
  }

  @Test
  void aGoalsSourceIsThatGoalsOwnAndMatchesTheRecords() {
    // Ground truth from the records themselves: initiatives on which goal g has source s, per region.
    Map<String, Long> truth = new HashMap<>();
    for (String line : server.get("/api/export", "format", "jsonl", "docType", "initiative").body().split("\n")) {
      JsonNode record = server.parse(line);
      for (JsonNode sdg : record.get("sdgs")) {
        truth.merge(record.get("region").asText() + "/" + sdg.get("goal").asInt() + "/" + sdg.get("source").asText(),
            1L, Long::sum);
      }
    }
    for (String source : List.of("explicit", "inferred")) {
      JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "region", "cols", "sdg",
          "sdgSource", source, "docType", "initiative");
      for (int i = 0; i < pivot.get("rowValues").size(); i++) {
        for (int j = 0; j < 17; j++) {
          String key = pivot.get("rowValues").get(i).asText() + "/" + (j + 1) + "/" + source;
          assertEquals(truth.getOrDefault(key, 0L), pivot.get("cells").get(i).get(j).asLong(), key);
        }
      }
    }
    JsonNode goal13 = server.getJson("/api/stats/pivot", "rows", "region", "cols", "sdgSource",
        "sdg", "13", "docType", "initiative");
    long explicit13 = truth.entrySet().stream().filter(e -> e.getKey().endsWith("/13/explicit"))
        .mapToLong(Map.Entry::getValue).sum();
    assertEquals(21, explicit13, "the initiatives that state goal 13");
    assertEquals(List.of("explicit", "inferred"), texts(goal13.get("colValues")));
    assertEquals(explicit13, goal13.get("colTotals").get(0).asLong());
    JsonNode facets = server.getJson("/api/facets", "sdg", "13", "sdgSource", "explicit", "docType", "initiative");
    assertEquals(21, facets.get("total").asLong());
    assertEquals(21, counts(facets.get("facets").get("sdgSource")).get("explicit"));
  }

  @Test
  void dimensionsAreCompleteAndOrdered() {
    JsonNode facets = server.getJson("/api/facets", "sdg", "13", "sdgSource", "explicit").get("facets");
    List<String> regions = texts(facets.get("region"), "value");
    assertEquals(21, regions.size(), "every region, with zeros: " + regions);
    assertEquals("Blekinge", regions.get(0));
    assertEquals(0, counts(facets.get("region")).get("Jämtland Härjedalen"));
    List<String> goals = texts(facets.get("sdg"), "value");
    assertEquals(17, goals.size());
    for (int g = 1; g <= 17; g++) {
      assertEquals(String.valueOf(g), goals.get(g - 1));
    }
    List<String> years = texts(facets.get("year"), "value");
    List<String> sorted = new ArrayList<>(years);
    sorted.sort(null);
    assertEquals(sorted, years, "years ascending");
    assertEquals(12, facets.get("area").size(), "every policy area");

    JsonNode dropped = server.getJson("/api/facets", "sdg", "13", "sdgSource", "explicit", "zeros", "false");
    dropped.get("facets").get("region").forEach(v -> assertTrue(v.get("count").asLong() > 0, v.toString()));
    assertTrue(dropped.get("facets").get("region").size() < 21);

    JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "year", "cols", "region", "sdg", "13");
    assertEquals(21, pivot.get("colValues").size());
    assertEquals(years, texts(pivot.get("rowValues")));
  }

  @Test
  void regionsCarryTheirLanskodAndTheFilterTakesIt() {
    JsonNode facets = server.getJson("/api/facets").get("facets").get("region");
    Map<String, String> codes = new HashMap<>();
    facets.forEach(v -> codes.put(v.get("value").asText(), v.get("code").asText()));
    assertEquals("01", codes.get("Stockholm"));
    assertEquals("03", codes.get("Uppsala"));
    assertEquals("23", codes.get("Jämtland Härjedalen"));
    assertEquals("25", codes.get("Norrbotten"));
    assertEquals(21, codes.values().stream().distinct().count());
    assertEquals(server.getJson("/api/facets", "region", "Skåne").get("total"),
        server.getJson("/api/facets", "region", "12").get("total"));
    String id = server.getJson("/api/search", "region", "18").get("hits").get(0).get("id").asText();
    JsonNode record = server.getJson("/api/documents/" + id);
    assertEquals("Örebro", record.get("region").asText());
    assertEquals("18", record.get("regionCode").asText());
    JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "region", "cols", "year");
    assertEquals("01", pivot.get("rowCodes").get(texts(pivot.get("rowValues")).indexOf("Stockholm")).asText());
  }

  @Test
  void jsonStatIsADatasetOfTheSameNumbers() {
    String[] call = {"rows", "region", "cols", "year", "docType", "initiative"};
    JsonNode pivot = server.getJson("/api/stats/pivot", call);
    JsonNode stat = server.getJson("/api/stats/pivot", with(call, "format", "jsonstat"));
    assertEquals("2.0", stat.get("version").asText());
    assertEquals("dataset", stat.get("class").asText());
    assertEquals(List.of("region", "year"), texts(stat.get("id")));
    long product = 1;
    for (JsonNode size : stat.get("size")) {
      product *= size.asLong();
    }
    assertEquals(product, stat.get("value").size(), "value holds product(size) numbers");
    for (int d = 0; d < 2; d++) {
      JsonNode dim = stat.get("dimension").get(stat.get("id").get(d).asText());
      assertEquals(stat.get("size").get(d).asInt(), dim.get("category").get("index").size());
    }
    assertEquals("Region", stat.get("dimension").get("region").get("label").asText());
    assertEquals("År", stat.get("dimension").get("year").get("label").asText());
    assertEquals("Stockholm", stat.get("dimension").get("region").get("category").get("label").get("01").asText());
    assertEquals(List.of("year"), texts(stat.get("role").get("time")));
    int cols = pivot.get("colValues").size();
    int stockholm = stat.get("dimension").get("region").get("category").get("index").get("01").asInt();
    int row = texts(pivot.get("rowValues")).indexOf("Stockholm");
    for (int j = 0; j < cols; j++) {
      assertEquals(pivot.get("cells").get(row).get(j).asLong(), stat.get("value").get(stockholm * cols + j).asLong());
    }
  }

  @Test
  void csvOpensAsColumnsWithSwedishHeaders() {
    TestServer.Response csv = server.get("/api/stats/pivot", "rows", "region", "cols", "sdgSource",
        "sdg", "13", "format", "csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("\uFEFF"));
    List<String[]> lines = csv.body().substring(1).lines().map(l -> l.split(";", -1)).toList();
    assertEquals(List.of("Region", "Länskod", "Angivet", "Härlett", "Totalt"), List.of(lines.get(0)));
    assertEquals(1 + 21 + 1, lines.size(), "a header, 21 regions and the totals");
    JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "region", "cols", "sdgSource", "sdg", "13");
    for (int i = 0; i < 21; i++) {
      String[] line = lines.get(i + 1);
      assertEquals(5, line.length, String.join("|", line));
      assertEquals(pivot.get("rowValues").get(i).asText(), line[0]);
      assertEquals(pivot.get("cells").get(i).get(0).asText(), line[2]);
      assertEquals(pivot.get("rowTotals").get(i).asText(), line[4]);
    }
    String comma = server.get("/api/stats/pivot", "rows", "sdg", "cols", "year", "format", "csv", "sep", "comma").body();
    assertTrue(comma.lines().skip(1).findFirst().orElseThrow().startsWith("1 Ingen fattigdom,"), comma);
    assertEquals(400, server.get("/api/stats/pivot", "format", "xml").status());
  }

  @Test
  void xlsxHoldsTheSameTable() throws Exception {
    java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl()
            + "/api/stats/pivot?rows=region&cols=sdgSource&sdg=13&format=xlsx")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    String sheet = null;
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
      for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          sheet = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    assertTrue(sheet != null, "a workbook with one sheet");
    JsonNode pivot = server.getJson("/api/stats/pivot", "rows", "region", "cols", "sdgSource", "sdg", "13");
    assertTrue(sheet.contains("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Region</t></is></c>"), sheet);
    int stockholm = texts(pivot.get("rowValues")).indexOf("Stockholm");
    assertTrue(sheet.contains("<c r=\"C" + (stockholm + 2) + "\"><v>" + pivot.get("cells").get(stockholm).get(0).asLong()
        + "</v></c>"), "Stockholm's stated count in column C");
    assertEquals(23, sheet.split("<row ").length - 1, "a header, 21 regions and the totals");
  }

  private static Map<String, Long> counts(JsonNode values) {
    Map<String, Long> counts = new HashMap<>();
    values.forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
    return counts;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(v -> texts.add(v.asText()));
    return texts;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(v -> texts.add(v.get(field).asText()));
    return texts;
  }

  private static String[] with(String[] params, String... more) {
    String[] all = Arrays.copyOf(params, params.length + more.length);
    System.arraycopy(more, 0, all, params.length, more.length);
    return all;
  }

  private static String[] without(String[] params, String name) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i + 1 < params.length; i += 2) {
      if (!params[i].equals(name)) {
        kept.add(params[i]);
        kept.add(params[i + 1]);
      }
    }
    return kept.toArray(String[]::new);
  }
}
