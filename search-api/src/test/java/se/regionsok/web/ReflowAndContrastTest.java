package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.regionsok.api.TestServer;

/** Nothing needs sideways scrolling at 320 px; heat map numbers stand 4.5:1 against their cells. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReflowAndContrastTest {
  private TestServer server;
  private Browser browser;

  @BeforeAll
  void start() throws IOException {
    server = TestServer.shared();
    browser = new Browser();
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/?q=v%C3%A4tgasinfrastrukturutbyggnadsprogrammet",
      "/?q=energi&region=Sk%C3%A5ne",
      "/?view=record&id=tabellbilaga-2023-914",
      "/?view=stats&q=energi",
  })
  void noHorizontalOverflowAt320(String path) throws IOException {
    browser.resize(320, 800);
    browser.driver.get(server.baseUrl() + path);
    browser.waitUntilIdle();
    long viewport = (Long) browser.driver.executeScript("return document.documentElement.clientWidth");
    long page = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
    @SuppressWarnings("unchecked")
    List<String> sticking = (List<String>) browser.driver.executeScript("""
        return [...document.querySelectorAll('body *')].filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.right > document.documentElement.clientWidth + 1 && !e.closest('.chart-scroll, .table-scroll, .visually-hidden');
        }).slice(0, 5).map((e) => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40));
        """);
    browser.screenshot("narrow-320-" + path.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", ""));
    assertEquals(viewport, page, path + " scrolls sideways: " + sticking);
    assertEquals(List.of(), sticking, path);
  }

  @Test
  void heatMapNumbersContrastWithTheirCells() throws IOException {
    browser.resize(1280, 1100);
    browser.driver.get(server.baseUrl() + "/?view=stats");
    browser.waitUntilIdle();
    @SuppressWarnings("unchecked")
    List<Map<String, String>> cells = (List<Map<String, String>>) browser.driver.executeScript("""
        return [...document.querySelectorAll('#chart-pivot .heat-cell')].filter((g) => g.querySelector('text'))
          .map((g) => ({ text: getComputedStyle(g.querySelector('text')).fill,
            cell: getComputedStyle(g.querySelector('rect')).fill, size: getComputedStyle(g.querySelector('text')).fontSize }));
        """);
    assertFalse(cells.isEmpty(), "the heat map has numbers");
    assertTrue(cells.stream().map(c -> c.get("cell")).distinct().count() > 5, "cells in many shades");
    for (Map<String, String> c : cells) {
      double ratio = Contrast.ratio(c.get("text"), c.get("cell"));
      assertTrue(ratio >= 4.5, c.get("text") + " on " + c.get("cell") + ": " + ratio + ":1");
      assertEquals("12px", c.get("size"));
    }
    browser.screenshot("heat-map-contrast");
  }
}
