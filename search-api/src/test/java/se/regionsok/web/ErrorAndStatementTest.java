package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.regionsok.api.TestServer;

/** A refused request is explained in Swedish with a way back; the footer leads to the accessibility statement. */
class ErrorAndStatementTest extends PageTest {
  @Test
  void aRefusedFilterIsExplainedInSwedishAndCanBeCleared() throws IOException {
    TestServer.Response refused = server.get("/api/search", "q", "energi", "year", "abc");
    assertEquals(400, refused.status());
    String meddelande = refused.json().get("meddelande").asText();

    open("/?q=energi");
    browser.waitUntilIdle();
    open("/?q=energi&year=abc");
    browser.waitFor("the error", d -> !d.findElements(By.cssSelector(".error")).isEmpty());
    assertEquals("Något gick fel", browser.text(".error h1"));
    assertEquals(meddelande, browser.text(".error-message"));
    browser.screenshot("error-swedish");

    browser.driver.findElement(By.linkText("Rensa filter")).click();
    JsonNode all = server.getJson("/api/search", "q", "energi");
    browser.waitFor("the results without filters", d -> browser.texts("#results-heading").stream()
        .anyMatch(h -> h.startsWith(hitsText(all.get("total").asLong()))));
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=energi"), browser.driver.getCurrentUrl());
  }

  @Test
  void tillbakaReturnsToTheViewBefore() {
    open("/?q=energi");
    browser.waitUntilIdle();
    open("/?view=record&id=finns-inte");
    browser.waitFor("the error", d -> !d.findElements(By.cssSelector(".error")).isEmpty());
    assertEquals(server.get("/api/documents/finns-inte").json().get("meddelande").asText(), browser.text(".error-message"));
    browser.driver.findElement(By.cssSelector(".go-back")).click();
    browser.waitFor("back to the results", d -> !d.findElements(By.cssSelector(".hits")).isEmpty());
  }

  @Test
  void theFooterLeadsToTheAccessibilityStatement() throws IOException {
    open("/");
    browser.waitUntilIdle();
    browser.driver.findElement(By.cssSelector("footer a")).click();
    browser.waitFor("the statement", d -> browser.texts("h1").contains("Tillgänglighetsredogörelse för Regionsök"));
    String text = browser.text("main");
    for (String part : new String[] {"Hur vi har testat", "Kända brister", "Kontakta oss om brister", "Tillsyn", "WCAG 2.1"}) {
      assertTrue(text.contains(part), "the statement covers " + part);
    }
    browser.screenshot("accessibility-statement");
  }
}
