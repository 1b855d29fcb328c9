package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Report answers in headless Chromium (issue 18): listed under their short titles, not the
 * question every region answered; the record view is headed by the short title and shows the whole
 * question under "Fråga".
 */
class ShortTitlesWebPageTest extends PageTest {
  private static final String INTERREG = "8.5 Anslagets bidrag till Interreg — Nej. Gotland tillhör Interreg-programmet Central Baltic";

  @Test
  void resultsListShortTitlesAndTheRecordShowsTheWholeQuestion() throws IOException {
    open("/?region=Gotland&docType=grant-answer");
    browser.waitUntilIdle();
    JsonNode hits = server.getJson("/api/search", "region", "Gotland", "docType", "grant-answer")
        .get("hits");
    List<String> shown = browser.texts(".hits .hit-title");
    assertEquals(ListTitles.ofEach(hits), shown);
    assertEquals(6, shown.size());
    assertTrue(shown.contains(INTERREG), shown.toString());
    assertEquals(List.of(), shown.stream().filter(t -> t.startsWith("Beskrivning")).toList(), "no question as a title");
    browser.screenshot("short-titles");

    browser.driver.findElement(By.linkText(INTERREG)).click();
    browser.waitFor("the record view", d -> browser.texts("#record-title").equals(List.of(INTERREG)));
    assertEquals(List.of("Fråga", "Region", "År"), browser.texts(".facts dt").subList(0, 3));
    assertEquals("Beskrivning av hur anslaget har bidragit till att nå målen i Interreg-program.",
        browser.text(".facts .question"));
    assertEquals(INTERREG + " – Regionsök", browser.driver.getTitle());
    assertEquals(List.of(), Axe.violations(browser));
    browser.screenshot("short-title-record");
  }

  @Test
  void anInitiativeKeepsItsNameAndHasNoQuestion() {
    open("/?view=record&id=tabellbilaga-2023-914");
    browser.waitUntilIdle();
    String name = server.getJson("/api/documents/tabellbilaga-2023-914").get("title").asText();
    browser.waitFor("the record view", d -> browser.texts("#record-title").equals(List.of(name)));
    assertEquals(List.of(), browser.texts(".facts .question"));
  }
}
