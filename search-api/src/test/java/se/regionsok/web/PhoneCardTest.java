package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A hit card on a phone says each thing once: the effects stand in the effects line, not again in
 * the snippet, and the title is not repeated as the snippet's first line.
 */
class PhoneCardTest extends PageTest {
  @Test
  void theEffectsAreShownOnce() throws IOException {
    browser.resize(390, 844);
    JsonNode answer = server.getJson("/api/search", "q", "vätgas");
    // the cases seen on a phone: the snippet held "Effekter: …" and the line repeated it
    long repeated = 0;
    for (JsonNode hit : answer.get("hits")) {
      repeated += hit.get("snippet").asText().contains("Effekter:") && hit.has("outcome") ? 1 : 0;
    }
    assertTrue(repeated >= 2, "the API's snippets hold the effects for several hits: " + repeated);
    open("/?q=v%C3%A4tgas");
    waitForTotal(answer.get("total").asLong());

    List<WebElement> cards = browser.driver.findElements(By.cssSelector(".hits .hit"));
    assertEquals(answer.get("hits").size(), cards.size());
    for (WebElement card : cards) {
      String text = card.getText();
      String title = card.findElement(By.cssSelector(".hit-title")).getText();
      List<String> snippet = card.findElements(By.cssSelector(".snippet")).stream().map(WebElement::getText).toList();
      assertFalse(!snippet.isEmpty() && snippet.get(0).lines().findFirst().orElse("").strip().equals(title),
          "the title is not repeated: " + text);
      assertFalse(text.contains("Effekter:"), "no effects passage in the snippet: " + text);
      List<WebElement> effects = card.findElements(By.cssSelector(".effects-text"));
      if (!effects.isEmpty()) {
        String line = effects.get(0).getText().replace(" …", "");
        assertEquals(text.indexOf(line), text.lastIndexOf(line), "said once: " + line);
      }
    }
    browser.screenshot("phone-hit-cards");
  }
}
