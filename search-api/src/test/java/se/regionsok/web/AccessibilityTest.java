package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import se.regionsok.api.TestServer;

/** axe-core finds no violation of any impact on the three views, the statement and an error, on a desktop and a phone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {
  private TestServer server;
  private Browser browser;

  @BeforeAll
  void start() throws IOException {
    server = TestServer.shared();
    browser = new Browser();
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
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
    browser.driver.get(server.baseUrl() + path);
    browser.waitUntilIdle();
    if (view.equals("record")) {
      browser.waitFor("similar records", d -> d.findElements(By.cssSelector("#similar[aria-busy]")).isEmpty());
    }
    List<String> violations = Axe.violations(browser);
    browser.screenshot("axe-" + view + "-" + width);
    assertEquals(List.of(), violations, view + " at " + width + " px");
  }
}
