package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** axe-core finds no violation of any impact on the three views, the statement and an error, on a desktop and a phone. */
class AccessibilityTest extends PageTest {
  @BeforeAll
  void longerScriptTimeoutForAxe() {
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({
      "search, 1280, /?q=energi&region=Sk%C3%A5ne",
      "search, 390, /?q=energi&region=Sk%C3%A5ne",
      "record, 1280, /?view=record&id=tabellbilaga-2023-914&q=v%C3%A4tgas",
      "record, 390, /?view=record&id=tabellbilaga-2023-914&q=v%C3%A4tgas",
      "stats, 1280, /?view=stats&q=energi",
      "stats, 390, /?view=stats&q=energi",
      "statement, 1280, /tillganglighet.html",
      "statement, 390, /tillganglighet.html",
      "error, 390, /?q=energi&year=abc",
  })
  void noViolations(String view, int width, String path) throws IOException {
    browser.resize(width, 900);
    open(path);
    browser.waitUntilIdle();
    if (view.equals("record")) {
      browser.waitFor("similar records", d -> d.findElements(By.cssSelector("#similar[aria-busy]")).isEmpty());
      assertFalse(browser.texts(".record-text mark").isEmpty(), "the query's words are marked");
    }
    assertNoViolations(view, width);
  }

  /** The filter panel open with every group unfolded: RUS goals by region, topics, programmes, the year range. */
  @ParameterizedTest(name = "search with the facets open at {0} px")
  @ValueSource(ints = {1280, 390})
  void noViolationsWithTheFacetsOpen(int width) throws IOException {
    browser.resize(width, 900);
    open("/?q=energi&rusGoal=God%20resurseffektivitet&yearFrom=2023&sort=region");
    browser.waitUntilIdle();
    if (browser.driver.findElement(By.cssSelector(".filter-panel")).getAttribute("open") == null) {
      browser.driver.findElement(By.cssSelector(".filter-panel summary")).click();
    }
    for (String facet : List.of("rusGoal", "topic")) {
      WebElement more = browser.driver.findElement(By.cssSelector("[data-facet-more=" + facet + "]"));
      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", more);
      more.click();
    }
    assertFalse(browser.driver.findElement(By.cssSelector("select[data-range=yearTo]")).getRect().getHeight() == 0);
    assertNoViolations("facets-open", width);
  }

  private void assertNoViolations(String view, int width) throws IOException {
    List<String> violations = Axe.violations(browser);
    browser.screenshot("axe-" + view + "-" + width);
    assertEquals(List.of(), violations, view + " at " + width + " px");
  }
}
