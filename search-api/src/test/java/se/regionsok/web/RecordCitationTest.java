package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The record view can be cited: a lasting link without the search, and a citation with source and lines. */
class RecordCitationTest extends PageTest {
  @Test
  void citationAndCopyLink() throws IOException {
    String id = "tabellbilaga-2023-914";
    JsonNode record = server.getJson("/api/documents/" + id);
    open("/?view=record&id=" + id + "&q=v%C3%A4tgas");
    browser.waitUntilIdle();
    String link = server.baseUrl() + "/?view=record&id=" + id;
    assertEquals(link, browser.driver.findElement(By.id("permalink")).getAttribute("value"));
    JsonNode source = record.get("source");
    String lines = source.get("lineStart").asInt() == source.get("lineEnd").asInt()
        ? "rad " + source.get("lineStart").asInt() : "rad " + source.get("lineStart").asInt() + "–" + source.get("lineEnd").asInt();
    assertEquals(record.get("title").asText() + ". I: " + source.get("title").asText() + ", " + record.get("region").asText()
        + " " + record.get("year").asInt() + ", " + lines + ". Regionsök, " + link, browser.text(".citation"));

    browser.driver.findElement(By.cssSelector(".copy-link")).click();
    browser.waitFor("the copy confirmed", d -> !browser.text(".copied").isEmpty());
    assertTrue(browser.text(".copied").startsWith("Länken är"), browser.text(".copied"));
    browser.screenshot("record-citation");
  }

  @Test
  void aQuestionEndingInAFullStopIsCitedWithOne() {
    JsonNode answer = server.getJson("/api/search", "region", "Gotland", "docType", "grant-answer", "q", "Interreg")
        .get("hits").get(0);
    String question = server.getJson("/api/documents/" + answer.get("id").asText()).get("title").asText();
    assertTrue(question.endsWith("."), question);
    open("/?view=record&id=" + answer.get("id").asText());
    browser.waitUntilIdle();
    assertTrue(browser.text(".citation").startsWith(question + " I: "), browser.text(".citation"));
  }
}
