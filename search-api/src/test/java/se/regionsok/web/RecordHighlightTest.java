package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Arriving at a record from a hit, the query's words are marked in its text as the search matched
 * them: typed without å/ä/ö, "vatgas" marks "vätgas" and the compounds it is part of.
 */
class RecordHighlightTest extends PageTest {
  /** Uppsala's hydrogen cooperation group. */
  private static final String ID = "tabellbilaga-2023-914";

  @Test
  void aWordTypedWithoutDiacriticsIsMarkedInTheFullText() throws IOException {
    browser.resize(1280, 900);
    open("/?q=vatgas");
    browser.waitUntilIdle();
    String link = ".hits a[href*='id=" + ID + "']";
    browser.waitFor("the hit", d -> !d.findElements(By.cssSelector(link)).isEmpty());
    browser.driver.findElement(By.cssSelector(link)).click();
    browser.waitFor("the record", d -> !d.findElements(By.cssSelector(".record-text")).isEmpty()
        && d.findElements(By.cssSelector("main[aria-busy]")).isEmpty());
    assertTrue(browser.driver.getCurrentUrl().contains("q=vatgas"), "the record's URL keeps the query");

    JsonNode marked = server.getJson("/api/documents/" + ID + "/marked", "q", "vatgas");
    List<String> expected = List.of("vätgassamverkansgrupp", "vätgas", "vätgasutveckling");
    assertEquals(expected, browser.texts(".record-text mark"));
    assertEquals(expected.size(), marked.get("matches").asInt());
    assertEquals("3 träffar i texten Gå till första träffen", browser.text(".match-count").replace('\n', ' '));
    assertEquals(server.getJson("/api/documents/" + ID).get("text").asText(), browser.driver.findElement(
        By.cssSelector(".record-text")).getAttribute("textContent"), "the whole text, only marked");
    browser.screenshot("record-highlights");

    browser.driver.findElement(By.cssSelector(".jump-to-match")).click();
    assertEquals("vätgassamverkansgrupp", browser.driver.switchTo().activeElement().getText(), "focus on the first mark");
  }

  @Test
  void withoutAQueryTheTextIsShownUnmarked() {
    browser.resize(1280, 900);
    open("/?view=record&id=" + ID);
    browser.waitUntilIdle();
    assertTrue(browser.driver.findElements(By.cssSelector(".record-text mark, .match-count")).isEmpty());
  }
}
