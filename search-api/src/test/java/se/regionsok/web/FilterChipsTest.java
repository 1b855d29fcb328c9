package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Active filters as chips above the results, removable one by one or all at once; the phone's panel; facet search. */
class FilterChipsTest extends PageTest {
  private static final String QUERY = "energi";

  private String first;
  private String second;

  @BeforeAll
  void pickTwoRegions() {
    List<String> top = WebPageTest.mostRecords(server.getJson("/api/search", "q", QUERY).get("facets").get("region"));
    first = top.get(0);
    second = top.get(1);
  }

  @Test
  void chipsRemoveOneFilterOrAll() throws IOException {
    browser.resize(1280, 1100);
    openTwoRegions();
    assertEquals(List.of("Ta bort filter: " + first, "Ta bort filter: " + second, "Rensa alla"), chipNames());
    browser.screenshot("chips");

    browser.driver.findElement(By.cssSelector(".chip")).click();
    waitForTotal(server.getJson("/api/search", "q", QUERY, "region", second).get("total").asLong());
    assertEquals(List.of("Ta bort filter: " + second, "Rensa alla"), chipNames());
    assertEquals("Ta bort filter: " + second, browser.driver.switchTo().activeElement().getAccessibleName(),
        "focus moves to the chip now in its place");
    assertFalse(browser.driver.getCurrentUrl().contains(URLEncoder.encode(first, StandardCharsets.UTF_8)));

    browser.driver.findElement(By.cssSelector(".clear-all")).click();
    waitForTotal(server.getJson("/api/search", "q", QUERY).get("total").asLong());
    assertTrue(browser.driver.findElements(By.cssSelector(".chips")).isEmpty(), "no chips without filters");
    assertEquals("results-heading", browser.driver.switchTo().activeElement().getAttribute("id"));
  }

  @Test
  void onAPhoneTheFoldedPanelCountsFiltersAndShowsTheHits() throws IOException {
    browser.resize(390, 844);
    openTwoRegions();
    assertEquals("Filtrera (2)", browser.text(".filter-panel summary"));
    WebElement chip = browser.driver.findElement(By.cssSelector(".chip"));
    assertTrue(chip.getRect().getY() + chip.getRect().getHeight() < 844, "the chips are in the first screen");

    browser.driver.findElement(By.cssSelector(".filter-panel summary")).click();
    WebElement box = browser.driver.findElements(By.cssSelector("input[data-facet=year]")).get(0);
    String year = box.getAttribute("data-value");
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
    box.click();
    long total = server.getJson("/api/search", "q", QUERY, "region", first, "region", second, "year", year)
        .get("total").asLong();
    waitForTotal(total);
    assertEquals("Filtrera (3)", browser.text(".filter-panel summary"));
    WebElement show = browser.driver.findElement(By.cssSelector(".show-hits"));
    assertEquals("Visa " + hitsText(total), show.getText());
    assertEquals(Boolean.TRUE, browser.driver.executeScript(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight", show),
        "the button stays in view");
    browser.screenshot("filters-phone-open");
    show.click();
    assertEquals(null, browser.driver.findElement(By.cssSelector(".filter-panel")).getAttribute("open"));
    assertEquals("results-heading", browser.driver.switchTo().activeElement().getAttribute("id"));
    browser.screenshot("filters-phone-results");
  }

  @Test
  void longFacetsHaveASearchBoxAndShowMore() throws IOException {
    browser.resize(1280, 1100);
    open("/?q=" + QUERY);
    browser.waitUntilIdle();
    int regions = server.getJson("/api/facets", "q", QUERY, "limit", "100").get("facets").get("region").size();
    assertTrue(regions > 10, "more than ten regions: " + regions);
    assertEquals(10, visibleRegions().size(), "the ten with most records");
    WebElement more = browser.driver.findElement(By.cssSelector("[data-facet-more=region]"));
    assertEquals("Visa fler (" + (regions - 10) + ")", more.getText());

    WebElement search = browser.driver.findElement(By.cssSelector("[data-facet-search=region]"));
    assertEquals("Sök region", search.getAccessibleName());
    search.sendKeys("got");
    assertEquals(List.of("Gotland"), visibleRegions());
    assertFalse(more.isDisplayed(), "no 'Visa fler' while searching");
    browser.screenshot("facet-search");

    browser.driver.findElement(By.cssSelector("input[data-facet=region][data-value=Gotland]")).click();
    browser.waitFor("the Gotland chip", d -> chipNames().contains("Ta bort filter: Gotland")
        && d.findElements(By.cssSelector("main[aria-busy]")).isEmpty());
    assertEquals("got", browser.driver.findElement(By.cssSelector("[data-facet-search=region]")).getAttribute("value"),
        "the facet search is kept");
    WebElement box = browser.driver.findElement(By.cssSelector("[data-facet-search=region]"));
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    browser.driver.findElement(By.cssSelector("[data-facet-more=region]")).click();
    assertEquals(regions, visibleRegions().size(), "all regions");
    assertEquals("Visa färre", browser.text("[data-facet-more=region]"));
  }

  private List<String> visibleRegions() {
    return browser.driver.findElements(By.cssSelector("fieldset[data-facet=region] li")).stream()
        .filter(WebElement::isDisplayed).map(li -> li.findElement(By.cssSelector(".value")).getText()).toList();
  }

  private void openTwoRegions() {
    open("/?q=" + QUERY + "&region=" + URLEncoder.encode(first, StandardCharsets.UTF_8)
        + "&region=" + URLEncoder.encode(second, StandardCharsets.UTF_8));
    waitForTotal(server.getJson("/api/search", "q", QUERY, "region", first, "region", second).get("total").asLong());
  }

}
