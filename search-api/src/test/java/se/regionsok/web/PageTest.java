package se.regionsok.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.regionsok.api.TestServer;

/**
 * What every Chromium test of the page shares: the real server on the real corpus (one for all
 * test classes) and a headless Chromium of the class's own, closed after its last test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageTest {
  private static final Pattern LEADING_NUMBER = Pattern.compile("^([\\d\\s\\u00a0\\u202f]+)");

  protected TestServer server;
  protected Browser browser;

  @BeforeAll
  final void startServerAndBrowser() throws IOException {
    server = TestServer.shared();
    browser = new Browser();
  }

  @AfterAll
  final void closeBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  /** Every test starts on a desktop-sized window; phone tests resize. */
  @BeforeEach
  final void desktopWindow() {
    browser.resize(1280, 1100);
  }

  /** Opens a path of the page, e.g. "/?q=energi". */
  void open(String path) {
    browser.driver.get(server.baseUrl() + path);
  }

  /** Waits until the results heading counts {@code total} hits and the page has finished. */
  void waitForTotal(long total) {
    browser.waitFor("the result count " + total, d -> {
      List<String> heading = browser.texts("#results-heading");
      return !heading.isEmpty() && d.findElements(By.cssSelector("main[aria-busy]")).isEmpty()
          && leadingNumber(heading.get(0)) == total;
    });
  }

  /** The checkbox of a facet value in the filter panel. */
  WebElement checkbox(String facet, String value) {
    return browser.driver.findElements(By.cssSelector("input[data-facet=" + facet + "]")).stream()
        .filter(box -> value.equals(box.getAttribute("data-value"))).findFirst()
        .orElseThrow(() -> new AssertionError("no checkbox for " + facet + " " + value));
  }

  /** The count the panel shows beside a facet value (read even where the list is scrolled or folded). */
  long facetCount(String facet, String value) {
    WebElement label = checkbox(facet, value).findElement(By.xpath("following-sibling::label"));
    return leadingNumber(label.findElement(By.cssSelector(".count")).getAttribute("textContent"));
  }

  /** The accessible names of the filter chips and "Rensa alla". */
  List<String> chipNames() {
    return browser.driver.findElements(By.cssSelector(".chips button")).stream().map(WebElement::getAccessibleName).toList();
  }

  /** A field of each element of a JSON array (the element itself for a null field). */
  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
    return out;
  }

  /** The count of a facet value in an API answer's facet, 0 when it is not listed. */
  static long countOf(JsonNode facetValues, String value) {
    for (JsonNode v : facetValues) {
      if (v.get("value").asText().equals(value)) {
        return v.get("count").asLong();
      }
    }
    return 0;
  }

  /** "1 234 träffar" as the page writes it (Swedish grouping with a no-break space). */
  static String hitsText(long n) {
    String number = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("sv-SE")).format(n);
    return number + (n == 1 ? " träff" : " träffar");
  }

  /** The number a text starts with; Swedish formatting groups thousands with (narrow) no-break spaces. */
  static long leadingNumber(String text) {
    Matcher m = LEADING_NUMBER.matcher(text.strip());
    if (!m.find()) {
      throw new AssertionError("no number in '" + text + "'");
    }
    return Long.parseLong(m.group(1).replaceAll("\\D", ""));
  }
}
