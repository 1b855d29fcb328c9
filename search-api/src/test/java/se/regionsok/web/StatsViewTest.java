package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The statistics view shaped in headless Chromium: a person picks year × region, switches between
 * stated and stated+inferred goals, and every number shown is the API's for the same choice.
 */
class StatsViewTest extends PageTest {
  @Test
  void yearByRegionForGoal13StatedThenWithInferred() throws IOException {
    open("/?view=stats&sdg=13");
    browser.waitUntilIdle();
    new Select(browser.driver.findElement(By.id("stats-rows"))).selectByValue("year");
    browser.waitFor("rows by year", d -> d.getCurrentUrl().contains("rader=year")
        && d.findElements(By.cssSelector("main[aria-busy]")).isEmpty());
    new Select(browser.driver.findElement(By.id("stats-cols"))).selectByValue("region");
    browser.waitFor("the year × region table", d -> browser.texts("#chart-pivot-caption")
        .equals(List.of("Poster per år och region")) && d.findElements(By.cssSelector("main[aria-busy]")).isEmpty());

    // Stated goals and initiatives by default, as the scope note says.
    assertTrue(browser.text("#stats-scope").contains("angivna i texten"), browser.text("#stats-scope"));
    JsonNode stated = server.getJson("/api/stats/pivot", "rows", "year", "cols", "region", "sdg", "13",
        "sdgSource", "explicit", "docType", "initiative");
    assertEquals(21, stated.get("total").asLong(), "the initiatives that state goal 13");
    assertEquals(expected(stated), shown());
    browser.screenshot("statistics-year-region-stated");

    browser.driver.findElement(By.id("stats-inferred")).click();
    browser.waitFor("inferred goals included", d -> d.getCurrentUrl().contains("harledda=1")
        && d.findElements(By.cssSelector("main[aria-busy]")).isEmpty()
        && browser.text("#stats-scope").contains("angivna och härledda"));
    JsonNode all = server.getJson("/api/stats/pivot", "rows", "year", "cols", "region", "sdg", "13",
        "docType", "initiative");
    assertNotEquals(stated.get("total").asLong(), all.get("total").asLong());
    assertEquals(expected(all), shown());
    assertEquals(21, browser.driver.findElements(By.cssSelector("[aria-labelledby=chart-pivot-caption] .chart-table thead th")).size() - 2,
        "every region is a column, those without records too");
    browser.screenshot("statistics-year-region-inferred");
  }

  @Test
  void theSearchPageCountsStatedGoalsUntilInferredAreIncludedAndExportsForSwedishExcel() {
    open("/?q=klimat");
    browser.waitUntilIdle();
    long stated = count(server.getJson("/api/facets", "q", "klimat", "sdgSource", "explicit").get("facets").get("sdg"), "13");
    long any = count(server.getJson("/api/facets", "q", "klimat").get("facets").get("sdg"), "13");
    assertTrue(any > stated, any + " > " + stated);
    browser.waitFor("stated goal counts", d -> goalCount("13") == stated);
    String csv = browser.driver.findElement(By.cssSelector(".export a")).getAttribute("href");
    assertTrue(csv.contains("format=csv") && csv.contains("sep=semicolon") && csv.contains("labels=sv"), csv);

    browser.driver.findElement(By.id("include-inferred")).click();
    browser.waitFor("stated and inferred goal counts", d -> d.getCurrentUrl().contains("harledda=1")
        && d.findElements(By.cssSelector("main[aria-busy]")).isEmpty() && goalCount("13") == any);
  }

  private long goalCount(String goal) {
    WebElement box = browser.driver.findElements(By.cssSelector("input[data-facet=sdg]")).stream()
        .filter(b -> goal.equals(b.getAttribute("data-value"))).findFirst().orElseThrow();
    String text = box.findElement(By.xpath("following-sibling::label//span[@class='count']")).getAttribute("textContent");
    return Long.parseLong(text.replaceAll("\\D", ""));
  }

  private static long count(JsonNode values, String value) {
    for (JsonNode v : values) {
      if (v.get("value").asText().equals(value)) {
        return v.get("count").asLong();
      }
    }
    return 0;
  }

  /** The pivot as the page's table shows it: a row per year with its total, then the totals. */
  private static List<List<String>> expected(JsonNode pivot) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < pivot.get("rowValues").size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(pivot.get("rowValues").get(i).asText());
      pivot.get("cells").get(i).forEach(n -> row.add(n.asText()));
      row.add(pivot.get("rowTotals").get(i).asText());
      rows.add(row);
    }
    List<String> totals = new ArrayList<>();
    totals.add("Totalt");
    pivot.get("colTotals").forEach(n -> totals.add(n.asText()));
    totals.add(pivot.get("total").asText());
    rows.add(totals);
    return rows;
  }

  private List<List<String>> shown() {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement tr : browser.driver.findElements(By.cssSelector("[aria-labelledby=chart-pivot-caption] .chart-table tbody tr"))) {
      List<String> row = new ArrayList<>();
      for (WebElement cell : tr.findElements(By.cssSelector("th, td"))) {
        row.add(cell.getAttribute("textContent").strip().replaceAll("[\\s\\u00a0\\u202f]", ""));
      }
      rows.add(row);
    }
    return rows;
  }
}
