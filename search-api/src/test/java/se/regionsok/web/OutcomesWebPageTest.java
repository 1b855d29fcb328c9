package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Good examples on the page in headless Chromium (issue 16): the outcome facet in Swedish, the
 * "Goda exempel först" sort, the effects line with bold figures, the record's outcome section
 * with the evidence marked. Expected values come from the API in the same test.
 */
class OutcomesWebPageTest extends PageTest {
  private static final String VISUAL_LIFT = "tabellbilaga-2023-474";


  @Test
  void outcomeFacetInSwedishAndGoodExamplesFirst() throws IOException {
    open("/?q=f%C3%B6retag");
    browser.waitUntilIdle();
    JsonNode outcome = server.getJson("/api/search", "q", "företag").get("facets").get("outcome");
    List<String> expected = new ArrayList<>();
    for (String status : List.of("achieved", "partly", "expected", "too-early", "not-reported")) {
      for (JsonNode v : outcome) {
        if (v.get("value").asText().equals(status)) {
          expected.add(v.get("count").asText());
        }
      }
    }
    assertEquals(List.of("Uppnådda effekter", "Delvis", "Förväntade", "För tidigt", "Ej redovisade"),
        browser.texts("fieldset[data-facet=outcome] .value"));
    assertEquals(expected, browser.texts("fieldset[data-facet=outcome] .count").stream()
        .map(t -> t.replaceAll("\\D", "")).toList());

    new Select(browser.driver.findElement(By.id("sort"))).selectByVisibleText("Starkast belägg för effekt");
    JsonNode best = server.getJson("/api/search", "q", "företag", "sort", "evidence");
    List<String> titles = ListTitles.ofEach(best.get("hits"));
    browser.waitFor("hits in evidence order", d -> browser.texts(".hits .hit-title").equals(titles));
    assertTrue(browser.driver.getCurrentUrl().contains("sort=evidence"));
    assertEquals("Uppnådda effekter", browser.text(".hits .hit:first-child .effects .outcome"));
    browser.screenshot("good-examples");

    browser.driver.findElements(By.cssSelector("input[data-facet=outcome]")).stream()
        .filter(box -> "too-early".equals(box.getAttribute("data-value"))).findFirst().orElseThrow().click();
    long tooEarly = server.getJson("/api/search", "q", "företag", "outcome", "too-early").get("total").asLong();
    browser.waitFor("only too-early hits", d -> browser.text("#results-heading").startsWith(tooEarly + " "));
    browser.texts(".hits .effects .outcome").forEach(label -> assertEquals("För tidigt", label));
  }

  @Test
  void effectsLineBoldsFiguresAndTheRecordMarksTheEvidence() throws IOException {
    open("/?q=mognadsgrad");
    browser.waitUntilIdle();
    String card = ".hits .hit:has(a[href*='" + VISUAL_LIFT + "'])";
    browser.waitFor("the Visual Lift hit", d -> !d.findElements(By.cssSelector(card)).isEmpty());
    assertEquals(List.of("mognadsgrad"), browser.texts(card + " .effects mark"));
    assertTrue(browser.texts(card + " .effects strong").contains("88%"), browser.text(card + " .effects"));

    JsonNode record = server.getJson("/api/documents/" + VISUAL_LIFT);
    browser.driver.findElement(By.cssSelector(card + " .hit-title a")).click();
    browser.waitFor("the record's outcome section", d -> !d.findElements(By.cssSelector(".outcomes")).isEmpty());
    assertEquals("Uppnådda effekter", browser.text(".outcome-summary .outcome"));
    List<String> figures = new ArrayList<>();
    record.get("outcomes").get("figures").forEach(f -> figures.add(f.get("text").asText()));
    assertEquals(figures, browser.texts(".outcomes .figures li"));
    List<String> evidence = new ArrayList<>();
    record.get("outcomes").get("evidence").forEach(e -> evidence.add(e.asText()));
    // marked where they stand in the text; the API lists them deciding kind first
    assertEquals(new java.util.TreeSet<>(evidence), new java.util.TreeSet<>(browser.texts(".record-effects mark.evidence")));
    assertTrue(browser.text(".record-outputs").startsWith(record.get("outputs").asText().lines().findFirst().orElseThrow()));
    browser.screenshot("record-outcomes");
  }
}
