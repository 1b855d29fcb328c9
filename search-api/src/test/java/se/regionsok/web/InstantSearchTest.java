package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Results while typing: a word typed at about eight keys a second asks for its results once, the
 * URL names the query, and Back returns to the page before the typing.
 */
class InstantSearchTest extends PageTest {
  private static final String WORD = "vätgas";
  private static final long KEY_INTERVAL_MS = 120;


  @Test
  void aTypedWordAsksOnceAndShowsItsResults() throws Exception {
    browser.resize(1280, 1100);
    open("/");
    browser.waitUntilIdle();
    long historyBefore = (Long) browser.driver.executeScript("return history.length");
    String expected = hitsText(server.getJson("/api/search", "q", WORD).get("total").asLong())
        + " för ”" + WORD + "”";
    // Count the page's requests per endpoint and note when the last key went down and when the results showed.
    browser.driver.executeScript("""
        window.calls = {};
        const original = window.fetch;
        window.fetch = (url, init) => {
          const path = String(url).split('?')[0];
          window.calls[path] = (window.calls[path] || 0) + 1;
          return original(url, init);
        };
        document.getElementById('q').addEventListener('keydown', () => { window.lastKey = performance.now(); });
        new MutationObserver(() => {
          if (document.getElementById('results-heading')?.textContent === arguments[0] && !window.shown) {
            window.shown = performance.now();
          }
        }).observe(document.getElementById('main'), { childList: true, subtree: true });
        """, expected);
    WebElement box = browser.driver.findElement(By.id("q"));
    for (char c : WORD.toCharArray()) {
      box.sendKeys(String.valueOf(c));
      Thread.sleep(KEY_INTERVAL_MS);
    }
    browser.waitFor("results for " + WORD, d -> expected.equals(browser.text("#results-heading")));
    Thread.sleep(600);
    @SuppressWarnings("unchecked")
    Map<String, Long> calls = (Map<String, Long>) browser.driver.executeScript("return window.calls");
    double afterLastKey = ((Number) browser.driver.executeScript("return window.shown - window.lastKey")).doubleValue();
    System.out.printf("instant search: requests for '%s' typed at %d ms a key: %s; results %.0f ms after the last key%n",
        WORD, KEY_INTERVAL_MS, calls, afterLastKey);
    assertEquals(1L, calls.get("/api/search"), "one search for the word: " + calls);
    assertTrue(afterLastKey < 1500, "results " + afterLastKey + " ms after the last key");
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=" + URLEncoder.encode(WORD, StandardCharsets.UTF_8)));
    assertEquals(WORD, box.getAttribute("value"));
    assertEquals(historyBefore + 1, (Long) browser.driver.executeScript("return history.length"), "one history entry");
    browser.screenshot("instant-results");

    browser.driver.navigate().back();
    browser.waitFor("the start page again", d -> d.getCurrentUrl().endsWith("/")
        && !browser.text("#results-heading").contains(WORD));
  }
}
