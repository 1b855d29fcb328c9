package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web page in headless Chromium against the real server on the real corpus. Every expected
 * value (titles, totals, counts) is asked of the API in the same test, so the assertions hold as
 * readers and enrichers add records.
 */
class WebPageTest extends PageTest {
  private static final String QUERY = "energi";


  @Test
  void searchTickTwoRegionsOpenRecordAndFollowSimilarInitiative() throws IOException {
    open("/");

    // Suggestions as you type (/api/suggest); the keyboard picks the first one.
    WebElement box = browser.driver.findElement(By.id("q"));
    box.sendKeys("energ");
    List<String> expectedSuggestions = texts(server.getJson("/api/suggest", "prefix", "energ"), "text");
    assertFalse(expectedSuggestions.isEmpty(), "the API offers completions for 'energ'");
    browser.waitFor("suggestions for 'energ'", d -> browser.texts("#suggestions [role=option] .text")
        .equals(expectedSuggestions));
    assertEquals("true", box.getAttribute("aria-expanded"));
    box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    String query = expectedSuggestions.get(0);
    JsonNode all = server.getJson("/api/search", "q", query);
    waitForTotal(all.get("total").asLong());
    assertTrue(browser.driver.getCurrentUrl().contains("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    assertEquals(ListTitles.ofEach(all.get("hits")), browser.texts(".hits .hit-title"), "result titles in the API's order");
    assertEquals(marks(all.get("hits").get(0).get("snippet")),
        browser.texts(".hits .hit:first-child .hit-title mark, .hits .hit:first-child .snippet mark"),
        "the first hit highlights what the API marked (its name's line in the heading)");

    // Tick two regions: the one with most hits with the mouse, the second with the keyboard.
    JsonNode regions = all.get("facets").get("region");
    List<String> top = mostRecords(regions);
    String first = top.get(0);
    String second = top.get(1);
    assertEquals(countOf(regions, first), facetCount("region", first));
    checkbox("region", first).click();
    waitForTotal(server.getJson("/api/search", "q", query, "region", first).get("total").asLong());
    WebElement secondBox = checkbox("region", second);
    secondBox.sendKeys(Keys.SPACE);
    JsonNode two = server.getJson("/api/search", "q", query, "region", first, "region", second);
    waitForTotal(two.get("total").asLong());
    assertEquals(second, browser.driver.switchTo().activeElement().getAttribute("data-value"),
        "focus stays on the ticked checkbox");
    assertTrue(checkbox("region", first).isSelected() && checkbox("region", second).isSelected());
    assertEquals(ListTitles.ofEach(two.get("hits")), browser.texts(".hits .hit-title"));
    for (String region : browser.texts(".hits .badge-region")) {
      assertTrue(region.equals(first) || region.equals(second), "hit from " + region);
    }
    // Counts are multi-select: other regions keep their counts, other facets count within the two.
    String third = top.get(2);
    assertEquals(countOf(regions, third), facetCount("region", third));
    JsonNode areas = two.get("facets").get("area");
    assertEquals(areas.get(0).get("count").asLong(), facetCount("area", areas.get(0).get("value").asText()));
    String url = browser.driver.getCurrentUrl();
    assertTrue(url.contains("region=" + URLEncoder.encode(first, StandardCharsets.UTF_8))
        && url.contains("region=" + URLEncoder.encode(second, StandardCharsets.UTF_8)), url);
    browser.screenshot("search");

    // Open the first initiative: the whole record (/api/documents/{id}).
    String id = two.get("hits").get(0).get("id").asText();
    browser.driver.findElement(By.cssSelector(".hits .hit-title a")).click();
    JsonNode record = server.getJson("/api/documents/" + id);
    browser.waitFor("the record view", d -> browser.texts("#record-title").equals(List.of(ListTitles.of(record))));
    String firstLine = record.get("text").asText().lines().findFirst().orElseThrow().strip();
    assertTrue(browser.text(".record-text").startsWith(firstLine), "the record text starts with " + firstLine);
    JsonNode source = record.get("source");
    assertTrue(browser.text(".facts .source").contains(source.get("title").asText()), "the manifest title");
    assertFalse(browser.text(".facts .source").contains(source.get("document").asText()), "not the internal file name");
    assertTrue(browser.text(".facts .source").contains("rad " + source.get("lineStart").asInt()));
    assertTrue(browser.driver.getCurrentUrl().contains("id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)));

    // Similar initiatives from other regions (/api/documents/{id}/similar).
    JsonNode similar = server.getJson("/api/documents/" + id + "/similar", "size", "8", "otherRegions", "true");
    List<String> similarTitles = ListTitles.ofEach(similar.get("hits"));
    assertFalse(similarTitles.isEmpty(), "the API finds similar initiatives");
    browser.waitFor("similar initiatives", d -> browser.texts("#similar ol.hits .hit-title").stream()
        .filter(t -> !t.isEmpty()).toList().equals(similarTitles));
    for (String region : browser.texts("#similar ol.hits .badge-region")) {
      assertNotEquals(record.get("region").asText(), region, "similar initiatives come from other regions");
    }
    browser.screenshot("record");
    browser.driver.findElement(By.cssSelector("#similar ol.hits .hit-title a")).click();
    browser.waitFor("the similar initiative", d -> browser.texts("#record-title").equals(List.of(similarTitles.get(0))));

    // Back and forward walk the same states.
    browser.driver.navigate().back();
    browser.waitFor("back to the first record", d -> browser.texts("#record-title").equals(List.of(ListTitles.of(record))));
    browser.driver.navigate().back();
    waitForTotal(two.get("total").asLong());
    assertTrue(checkbox("region", first).isSelected() && checkbox("region", second).isSelected());
    assertEquals(query, browser.driver.findElement(By.id("q")).getAttribute("value"));
    browser.driver.navigate().forward();
    browser.waitFor("forward to the record", d -> browser.texts("#record-title").equals(List.of(ListTitles.of(record))));
  }

  @Test
  void recordViewShowsTopicsStrengthAndNarrowsSimilarRecords() {
    // Uppsala's hydrogen cooperation group: its topic, and hydrogen peers with their likeness
    String id = "tabellbilaga-2023-914";
    open("/?view=record&id=" + id);
    browser.waitFor("the record's topics", d -> browser.texts(".topic-tags .topic").contains("Energi › Vätgas"));
    JsonNode all = server.getJson("/api/documents/" + id + "/similar", "size", "24", "otherRegions", "true");
    int total = all.get("hits").size();
    assertTrue(total > 8, "more than eight similar records: " + total);
    browser.waitFor("eight similar records shown", d -> visibleSimilarTitles().size() == 8);
    assertEquals(ListTitles.ofEach(all.get("hits")).subList(0, 8), visibleSimilarTitles());
    String firstStrength = Math.round(all.get("hits").get(0).get("strength").asDouble() * 100) + " %";
    assertEquals(firstStrength, browser.texts("#similar ol.hits .strength-value").get(0));

    browser.driver.findElement(By.cssSelector("#similar .show-more")).click();
    browser.waitFor("all similar records shown", d -> visibleSimilarTitles().size() == total);

    browser.driver.findElement(By.cssSelector("#similar input[name=initiatives]")).click();
    JsonNode initiatives = server.getJson("/api/documents/" + id + "/similar", "size", "24",
        "otherRegions", "true", "docType", "initiative");
    List<String> expected = ListTitles.ofEach(initiatives.get("hits"));
    browser.waitFor("only initiatives", d -> visibleSimilarTitles()
        .equals(expected.subList(0, Math.min(8, expected.size()))));
    assertTrue(browser.driver.findElement(By.cssSelector("#similar input[name=initiatives]")).isSelected());

    browser.driver.findElement(By.cssSelector("#similar input[name=sameArea]")).click();
    JsonNode sameArea = server.getJson("/api/documents/" + id + "/similar", "size", "24",
        "otherRegions", "true", "docType", "initiative", "sameArea", "true");
    List<String> narrowed = ListTitles.ofEach(sameArea.get("hits"));
    browser.waitFor("same policy area", d -> visibleSimilarTitles()
        .equals(narrowed.subList(0, Math.min(8, narrowed.size()))));
  }

  private List<String> visibleSimilarTitles() {
    return browser.texts("#similar ol.hits .hit-title").stream().filter(t -> !t.isEmpty()).toList();
  }

  @Test
  void misspelledQueryIsCorrectedOnceAndNarrowScreenFoldsFilters() throws IOException {
    String misspelled = "enrgi";
    JsonNode answer = server.getJson("/api/search", "q", misspelled);
    assertEquals(misspelled, answer.get("correctedFrom").asText(), "the API corrects '" + misspelled + "'");
    String corrected = answer.get("correctedTo").asText();
    open("/?q=" + misspelled);
    waitForTotal(server.getJson("/api/search", "q", corrected).get("total").asLong());
    assertEquals(List.of("Visar träffar för " + corrected + ". Sök i stället efter " + misspelled),
        browser.texts(".did-you-mean"), "one message");
    assertTrue(browser.driver.findElements(By.cssSelector(".empty, .partial-match")).isEmpty());
    browser.driver.findElement(By.cssSelector(".did-you-mean a")).click();
    waitForTotal(0);
    assertEquals(corrected, browser.text(".did-you-mean a"), "as typed it finds nothing: did you mean");
    assertTrue(browser.driver.findElements(By.cssSelector(".empty, .partial-match")).isEmpty(),
        "no second 'no hits' message, no partial-match banner over no hits");
    browser.driver.findElement(By.cssSelector(".did-you-mean a")).click();
    waitForTotal(server.getJson("/api/search", "q", corrected).get("total").asLong());
    assertEquals(corrected, browser.driver.findElement(By.id("q")).getAttribute("value"));

    // A phone: the filters fold above the results.
    browser.resize(400, 900);
    open("/?q=" + corrected);
    waitForTotal(server.getJson("/api/search", "q", corrected).get("total").asLong());
    assertEquals(null, browser.driver.findElement(By.cssSelector(".filter-panel")).getAttribute("open"));
    WebElement filters = browser.driver.findElement(By.id("filters"));
    WebElement results = browser.driver.findElement(By.id("main"));
    assertTrue(filters.getRect().getY() < results.getRect().getY(), "filters above the results");
    assertTrue(results.getRect().getWidth() <= 400, "no horizontal scrolling");
    browser.screenshot("search-narrow");
  }

  @Test
  void aRegionInTheQueryIsShownAsItsFilterAndCanBeUndone() {
    String query = "besöksnäring Gotland";
    open("/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    waitForTotal(server.getJson("/api/search", "q", "besöksnäring", "region", "Gotland").get("total").asLong());
    assertEquals(List.of("Visar Gotland — sök i hela landet"), browser.texts(".understood"));
    browser.driver.findElement(By.cssSelector(".understood a")).click();
    waitForTotal(server.getJson("/api/search", "q", query, "literal", "true").get("total").asLong());
    assertTrue(browser.driver.findElements(By.cssSelector(".understood")).isEmpty(), "searched as typed");
    assertTrue(browser.driver.getCurrentUrl().contains("literal=true"));
  }

  @Test
  void statisticsShowCountsOfTheCurrentSearchAndDownloadAsCsv() throws IOException {
    // The statistics count initiatives unless all document types are asked for.
    JsonNode all = server.getJson("/api/facets", "q", QUERY, "docType", "initiative");
    JsonNode regions = all.get("facets").get("region");
    List<String> top = mostRecords(regions);
    String first = top.get(0);
    String second = top.get(1);
    openStats(first, second);

    JsonNode facets = server.getJson("/api/facets", "q", QUERY, "region", first, "region", second,
        "docType", "initiative", "limit", "100");
    assertTrue(browser.text(".stats-summary").startsWith(facets.get("total").asText() + " poster"));
    // Only the ticked regions are drawn, in the regions' order, with their counts.
    List<String> ticked = texts(regions, "value").stream().filter(r -> r.equals(first) || r.equals(second)).toList();
    assertEquals(ticked, browser.texts("#chart-region .bar-label"));
    assertEquals(ticked.stream().map(r -> countOf(regions, r)).toList(), numbers("#chart-region .bar-value"));
    List<Long> areaCounts = new ArrayList<>();
    facets.get("facets").get("area").forEach(v -> areaCounts.add(v.get("count").asLong()));
    assertEquals(areaCounts, numbers("#chart-area .bar-value"), "one bar per policy area, in the API's order");
    assertTrue(browser.text("#stats-scope").startsWith("Räknar insatser"), "the scope and its reason are shown");
    browser.screenshot("statistics");

    browser.driver.findElement(By.cssSelector("button[data-chart=chart-region]")).click();
    byte[] csv = Files.readAllBytes(browser.download("regionsok-region.csv"));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3), "UTF-8 BOM");
    assertEquals(List.of("Region;Antal", ticked.get(0) + ";" + countOf(regions, ticked.get(0)),
        ticked.get(1) + ";" + countOf(regions, ticked.get(1))),
        new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void heatMapCountsRegionsByPolicyAreaAndDownloadsAsCsv() throws IOException {
    List<String> top = mostRecords(server.getJson("/api/facets", "q", QUERY, "docType", "initiative")
        .get("facets").get("region"));
    String first = top.get(0);
    String second = top.get(1);
    openStats(first, second);

    JsonNode pivot = server.getJson("/api/stats/pivot", "q", QUERY, "region", first, "region", second,
        "docType", "initiative", "rows", "region", "cols", "area");
    List<String> rows = texts(pivot.get("rowValues"), null);
    List<String> cols = texts(pivot.get("colValues"), null);
    assertEquals(Set.of(first, second), Set.copyOf(rows), "the pivot's rows are the ticked regions");
    browser.waitFor("the heat map", d -> !d.findElements(By.cssSelector("#chart-pivot .heat-cell")).isEmpty());
    assertEquals(rows, browser.texts("#chart-pivot .heat-row:not(.totals) .row-label"));
    assertEquals(rows.size() * cols.size(), browser.driver.findElements(By.cssSelector("#chart-pivot .heat-cell")).size());
    List<WebElement> heatRows = browser.driver.findElements(By.cssSelector("#chart-pivot .heat-row:not(.totals)"));
    for (int i = 0; i < rows.size(); i++) {
      List<Long> nonZero = new ArrayList<>();
      pivot.get("cells").get(i).forEach(n -> {
        if (n.asLong() > 0) {
          nonZero.add(n.asLong());
        }
      });
      assertEquals(nonZero, heatRows.get(i).findElements(By.cssSelector(".cell-value")).stream()
          .map(e -> leadingNumber(e.getText())).toList(), "cells of " + rows.get(i));
    }
    List<String> expectedLines = new ArrayList<>();
    expectedLines.add("Region;" + String.join(";", cols) + ";Totalt");
    for (int i = 0; i < rows.size(); i++) {
      StringBuilder line = new StringBuilder(rows.get(i));
      pivot.get("cells").get(i).forEach(n -> line.append(';').append(n.asLong()));
      expectedLines.add(line.append(';').append(pivot.get("rowTotals").get(i).asLong()).toString());
    }
    StringBuilder totals = new StringBuilder("Totalt");
    pivot.get("colTotals").forEach(n -> totals.append(';').append(n.asLong()));
    expectedLines.add(totals.append(';').append(pivot.get("total").asLong()).toString());
    browser.screenshot("statistics-heat-map");

    browser.driver.findElement(By.cssSelector("button[data-chart=chart-pivot]")).click();
    byte[] csv = Files.readAllBytes(browser.download("regionsok-pivot.csv"));
    assertEquals(expectedLines, new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList());
  }


  /** The search page for QUERY and two regions, then the statistics tab as a person would click it. */
  private void openStats(String first, String second) {
    open("/?q=" + QUERY + "&region=" + URLEncoder.encode(first, StandardCharsets.UTF_8)
        + "&region=" + URLEncoder.encode(second, StandardCharsets.UTF_8));
    browser.waitUntilIdle();
    browser.driver.findElement(By.id("tab-stats")).click();
    browser.waitFor("the statistics view", d -> !d.findElements(By.cssSelector("#chart-region .bar")).isEmpty());
    assertTrue(browser.driver.getCurrentUrl().contains("view=stats"));
  }

  private List<Long> numbers(String css) {
    return browser.texts(css).stream().map(PageTest::leadingNumber).toList();
  }

  /** Facet values with the most records first. */
  static List<String> mostRecords(JsonNode facetValues) {
    List<JsonNode> values = new ArrayList<>();
    facetValues.forEach(values::add);
    values.sort((a, b) -> Long.compare(b.get("count").asLong(), a.get("count").asLong()));
    return values.stream().map(v -> v.get("value").asText()).toList();
  }

  private static List<String> marks(JsonNode snippet) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<mark>(.*?)</mark>").matcher(snippet.asText());
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
