package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The filters and orders an analyst expects: RUS goals grouped by region, programmes, topics, a
 * year range, five sort orders. Every count and order shown is the API's for the same request.
 */
class FacetsAndSortTest extends PageTest {
  private static final String QUERY = "energi";

  @Test
  void aRusGoalAndAYearRangeNarrowTheHitsAsTheApiDoes() throws IOException {
    JsonNode goal = server.getJson("/api/facets", "q", QUERY, "limit", "1000").get("facets").get("rusGoal").get(0);
    String goalText = goal.get("value").asText();
    String region = goal.get("regions").get(0).asText();
    open("/?q=" + QUERY);
    waitForTotal(server.getJson("/api/search", "q", QUERY).get("total").asLong());

    // The goals stand under their regions; the facet search finds a region's goals by its name.
    assertTrue(browser.texts("fieldset[data-facet=rusGoal] .group-name").size() > 10, "goals grouped by region");
    browser.driver.findElement(By.cssSelector("[data-facet-search=rusGoal]")).sendKeys(region);
    assertEquals(List.of(region), visible("fieldset[data-facet=rusGoal] .group-name"));
    assertEquals(goal.get("count").asLong(), facetCount("rusGoal", goalText));
    checkbox("rusGoal", goalText).click();
    JsonNode withGoal = server.getJson("/api/search", "q", QUERY, "rusGoal", goalText);
    waitForTotal(withGoal.get("total").asLong());
    assertEquals(goal.get("count").asLong(), withGoal.get("total").asLong(), "the facet's count is the search's total");

    // A year range from the first year with hits to the one after it: from, then to.
    List<String> years = new ArrayList<>();
    withGoal.get("facets").get("year").forEach(y -> {
      if (y.get("count").asLong() > 0) {
        years.add(y.get("value").asText());
      }
    });
    String from = years.get(0);
    new Select(browser.driver.findElement(By.cssSelector("select[data-range=yearFrom]"))).selectByValue(from);
    waitForTotal(server.getJson("/api/search", "q", QUERY, "rusGoal", goalText, "yearFrom", from).get("total").asLong());
    assertEquals("yearFrom", browser.driver.switchTo().activeElement().getAttribute("data-range"), "focus stays on the list");
    String to = String.valueOf(Integer.parseInt(from) + 1);
    new Select(browser.driver.findElement(By.cssSelector("select[data-range=yearTo]"))).selectByValue(to);
    JsonNode ranged = server.getJson("/api/search", "q", QUERY, "rusGoal", goalText, "yearFrom", from, "yearTo", to);
    waitForTotal(ranged.get("total").asLong());
    assertEquals(titles(ranged), browser.texts(".hits .hit-title"));
    assertEquals(List.of("Ta bort filter: RUS-mål " + goalText, "Ta bort filter: Från år " + from,
        "Ta bort filter: Till år " + to, "Rensa alla"), chipNames());
    assertTrue(browser.driver.getCurrentUrl().endsWith("&yearFrom=" + from + "&yearTo=" + to), browser.driver.getCurrentUrl());
    assertTrue(browser.texts("select[data-range=yearFrom] option").stream().noneMatch(y -> y.compareTo(to) > 0 && !y.startsWith("Alla")),
        "from offers no year after to");
    browser.screenshot("facets-rus-goal-year-range");
  }

  @Test
  void programmeAndTopicFacetsCountAndFilterAsTheApiDoes() {
    JsonNode facets = server.getJson("/api/facets", "q", QUERY, "limit", "1000").get("facets");
    JsonNode program = facets.get("program").get(0);
    JsonNode topic = null;
    for (JsonNode t : facets.get("topic")) {
      if (t.get("value").asText().contains("/") && (topic == null || t.get("count").asLong() > topic.get("count").asLong())) {
        topic = t;
      }
    }
    String path = topic.get("value").asText();
    open("/?q=" + QUERY);
    waitForTotal(server.getJson("/api/search", "q", QUERY).get("total").asLong());
    assertEquals(program.get("count").asLong(), facetCount("program", program.get("value").asText()));
    assertEquals(topic.get("count").asLong(), facetCount("topic", path));
    assertEquals(path.replace("/", " › "), checkbox("topic", path).getAccessibleName().replaceAll(" \\d+ poster$", ""),
        "a topic is named with its area");

    checkbox("program", program.get("value").asText()).click();
    waitForTotal(server.getJson("/api/search", "q", QUERY, "program", program.get("value").asText()).get("total").asLong());
    WebElement topicBox = checkbox("topic", path);
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", topicBox);
    JsonNode withinProgramme = server.getJson("/api/facets", "q", QUERY, "program", program.get("value").asText(),
        "limit", "1000").get("facets").get("topic");
    assertEquals(countOf(withinProgramme, path), facetCount("topic", path), "topics counted within the programme");
    topicBox.click();
    JsonNode both = server.getJson("/api/search", "q", QUERY, "program", program.get("value").asText(), "topic", path);
    waitForTotal(both.get("total").asLong());
    assertEquals(titles(both), browser.texts(".hits .hit-title"));
    assertTrue(chipNames().contains("Ta bort filter: " + path.replace("/", " › ")), chipNames().toString());
  }

  @ParameterizedTest(name = "sort={0}")
  @CsvSource({
      "relevance, Relevans",
      "year, Nyast först",
      "yearAsc, Äldst först",
      "region, Region A–Ö",
      "evidence, Starkast belägg för effekt",
  })
  void eachSortOrderGivesTheApisOrder(String sort, String label) throws IOException {
    open("/?q=" + QUERY + (sort.equals("relevance") ? "&sort=year" : ""));
    browser.waitUntilIdle();
    new Select(browser.driver.findElement(By.id("sort"))).selectByVisibleText(label);
    List<String> expected = titles(server.getJson("/api/search", "q", QUERY, "sort", sort));
    browser.waitFor("hits in the order " + sort, d -> browser.texts(".hits .hit-title").equals(expected)
        && d.findElements(By.cssSelector("main[aria-busy]")).isEmpty());
    String url = browser.driver.getCurrentUrl();
    assertEquals(!sort.equals("relevance"), url.contains("sort=" + URLEncoder.encode(sort, StandardCharsets.UTF_8)), url);
    if (sort.equals("region")) {
      browser.screenshot("sort-region");
    }
  }

  private List<String> visible(String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
        .map(WebElement::getText).toList();
  }

  private static List<String> titles(JsonNode answer) {
    return ListTitles.ofEach(answer.get("hits"));
  }
}
