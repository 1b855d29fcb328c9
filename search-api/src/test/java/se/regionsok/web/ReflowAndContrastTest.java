package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing needs sideways scrolling at 320 px; heat map numbers stand 4.5:1 against their cells. */
class ReflowAndContrastTest extends PageTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "/?q=v%C3%A4tgasinfrastrukturutbyggnadsprogrammet",
      "/?q=energi&region=Sk%C3%A5ne",
      "/?view=record&id=tabellbilaga-2023-914",
      "/?view=stats&q=energi",
  })
  void noHorizontalOverflowAt320(String path) throws IOException {
    browser.resize(320, 800);
    open(path);
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

  /**
   * A long compound heading breaks where its parts meet: the soft hyphens the server puts there
   * give the line break, so "vätgas-" ends a line and "samverkansgrupp" begins the next.
   */
  @Test
  void aLongCompoundTitleBreaksBetweenItsPartsAt320() throws IOException {
    browser.resize(320, 800);
    open("/?view=record&id=tabellbilaga-2023-914");
    browser.waitFor("the soft hyphens", d -> ((String) browser.driver.executeScript(
        "return document.getElementById('record-title').textContent")).contains("vätgas\u00adsamverkansgrupp"));
    @SuppressWarnings("unchecked")
    List<Long> lineTops = (List<Long>) browser.driver.executeScript("""
        const text = document.getElementById('record-title').firstChild;
        const at = text.data.indexOf('\u00ad');
        // a character's own box: a range at a line's start also reports a point at the previous line's end
        const top = (i) => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1);
          return Math.round([...r.getClientRects()].pop().top); };
        const start = text.data.lastIndexOf(' ', at) + 1;
        return [top(start), top(at - 1), top(at + 1), top(text.data.length - 1)];
        """);
    assertEquals(lineTops.get(0), lineTops.get(1), "'vätgas' on one line");
    assertTrue(lineTops.get(2) > lineTops.get(1), "the line breaks at the soft hyphen: " + lineTops);
    assertEquals(lineTops.get(2), lineTops.get(3), "'samverkansgrupp' whole on the next line");
    long viewport = (Long) browser.driver.executeScript("return document.documentElement.clientWidth");
    assertEquals(viewport, (Long) browser.driver.executeScript("return document.documentElement.scrollWidth"));
    browser.screenshot("long-title-320");
  }

  @Test
  void heatMapNumbersContrastWithTheirCells() throws IOException {
    browser.resize(1280, 1100);
    open("/?view=stats");
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
