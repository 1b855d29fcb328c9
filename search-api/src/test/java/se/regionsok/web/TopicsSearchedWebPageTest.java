package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The page says which topic a rare word also searched, so hits without the word are explained, and
 * the topic's name narrows the hits to that topic.
 */
class TopicsSearchedWebPageTest extends PageTest {
  private static final String LANDSBYGD = "Samhällsplanering/Landsbygdsutveckling";

  @Test
  void aWordNamingATopicSaysSoAboveTheHits() throws IOException {
    open("/?q=glesbygd");
    JsonNode answer = server.getJson("/api/search", "q", "glesbygd");
    waitForTotal(answer.get("total").asLong());
    assertEquals(List.of("Visar även poster om ämnet Landsbygdsutveckling (sökordet ”glesbygd” hör dit)."),
        browser.texts(".topics-searched"));
    assertEquals(texts(answer.get("hits"), "title").size(), browser.driver.findElements(By.cssSelector(".hit")).size());
    browser.screenshot("topics-searched");
    assertEquals(List.of(), Axe.violations(browser), "axe on the page with the topic line and marked topic words");

    browser.driver.findElement(By.cssSelector(".topics-searched a")).click();
    waitForTotal(server.getJson("/api/search", "q", "glesbygd", "topic", LANDSBYGD).get("total").asLong());
    assertTrue(browser.driver.getCurrentUrl().contains("topic="), "the topic became a filter");
    assertEquals(LANDSBYGD, browser.driver.findElement(By.cssSelector(".chip[data-facet='topic']"))
        .getAttribute("data-value"), "shown as a removable filter");

    open("/?q=samverkan");
    waitForTotal(server.getJson("/api/search", "q", "samverkan").get("total").asLong());
    assertTrue(browser.driver.findElements(By.cssSelector(".topics-searched")).isEmpty(), "no topic named, no line");

    browser.resize(390, 844);
    open("/?q=glesbygd");
    waitForTotal(answer.get("total").asLong());
    assertEquals(List.of("Visar även poster om ämnet Landsbygdsutveckling (sökordet ”glesbygd” hör dit)."),
        browser.texts(".topics-searched"), "on a phone too");
    browser.screenshot("topics-searched-390");
  }
}
