package se.regionsok.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The page with a keyboard: Escape in the search box, the focus ring on every background, Back. */
class KeyboardTest extends PageTest {
  @Test
  void escapeClosesTheSuggestionsAndKeepsTheQuery() {
    open("/");
    WebElement box = browser.driver.findElement(By.id("q"));
    box.sendKeys("energ");
    browser.waitFor("suggestions", d -> d.findElement(By.id("suggestions")).isDisplayed());
    box.sendKeys(Keys.ESCAPE);
    assertTrue(!browser.driver.findElement(By.id("suggestions")).isDisplayed(), "the list is closed");
    assertEquals("false", box.getAttribute("aria-expanded"));
    assertEquals("energ", box.getAttribute("value"), "the query is kept");
  }

  /**
   * Each control in focus: the ring's two colours (outline and the shadow around it), as rendered,
   * differ from each other and at least one stands 3:1 against the background behind the control.
   */
  @Test
  void focusRingStandsOutOnEveryBackground() throws IOException {
    open("/?q=energi");
    browser.waitUntilIdle();
    List<String> controls = List.of("#q", "#search-form button", "#tab-stats", ".hits .hit-title a",
        "#sort", "fieldset[data-facet=region] li:not([hidden]) input", ".export a");
    for (String css : controls) {
      WebElement control = browser.driver.findElement(By.cssSelector(css));
      @SuppressWarnings("unchecked")
      Map<String, String> ring = (Map<String, String>) browser.driver.executeScript("""
          const el = arguments[0];
          el.focus();
          const style = getComputedStyle(el);
          let behind = el.parentElement;
          while (behind && getComputedStyle(behind).backgroundColor.replace(/\\s/g, '').match(/rgba\\(.*,0\\)|transparent/)) {
            behind = behind.parentElement;
          }
          return { visible: String(el.matches(':focus-visible')), outline: style.outlineColor,
            outlineWidth: style.outlineWidth, shadow: style.boxShadow,
            background: behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)' };
          """, control);
      assertEquals("true", ring.get("visible"), css + " shows its focus");
      assertEquals("3px", ring.get("outlineWidth"), css);
      String inner = ring.get("outline");
      String outer = Contrast.firstColour(ring.get("shadow"));
      String background = ring.get("background");
      double best = Math.max(Contrast.ratio(inner, background), Contrast.ratio(outer, background));
      assertTrue(best >= 3, css + ": ring " + inner + "/" + outer + " on " + background + " is " + best + ":1");
      assertTrue(Contrast.ratio(inner, outer) >= 3, css + ": the two colours differ");
      if (css.equals("#q")) {
        browser.screenshot("focus-ring-search-box");
      }
    }
  }

  @Test
  void backRestoresFocusAndScroll() {
    browser.resize(1280, 700);
    open("/?q=energi");
    browser.waitUntilIdle();
    List<WebElement> links = browser.driver.findElements(By.cssSelector(".hits .hit-title a"));
    WebElement seventh = links.get(6);
    String href = seventh.getAttribute("href");
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", seventh);
    long scrolled = scrollY();
    assertTrue(scrolled > 100, "scrolled down: " + scrolled);
    seventh.sendKeys(Keys.ENTER);
    browser.waitFor("the record", d -> !d.findElements(By.id("record-title")).isEmpty());
    browser.waitUntilIdle();
    browser.driver.navigate().back();
    browser.waitFor("the results with focus back on the link", d -> !d.findElements(By.cssSelector(".hits")).isEmpty()
        && href.equals(d.switchTo().activeElement().getAttribute("href")));
    assertTrue(Math.abs(scrollY() - scrolled) <= 2, "scroll " + scrollY() + " as before " + scrolled);
  }

  private long scrollY() {
    return ((Number) browser.driver.executeScript("return Math.round(window.scrollY)")).longValue();
  }

}
