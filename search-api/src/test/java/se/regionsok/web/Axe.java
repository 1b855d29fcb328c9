package se.regionsok.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (fetched from npm's registry by the build, see pom.xml) injected into the page and run on
 * the whole document, WCAG 2.1 A and AA and best practice.
 */
final class Axe {
  private static final Path SCRIPT_FILE = Path.of("target", "axe-core", "package", "axe.min.js");
  private static final String SCRIPT = load();

  private Axe() {}

  private static String load() {
    try {
      return Files.readString(SCRIPT_FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core missing at " + SCRIPT_FILE + " (the build's generate-test-resources fetches it)", e);
    }
  }

  /** One line per violation: rule, impact, and the first few offending elements. */
  @SuppressWarnings("unchecked")
  static List<String> violations(Browser browser) {
    JavascriptExecutor js = browser.driver;
    if (!(Boolean) js.executeScript("return typeof window.axe === 'object'")) {
      js.executeScript(SCRIPT);
    }
    List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
          .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact,
            nodes: v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
          .catch((e) => done([{ id: 'axe-error', impact: String(e), nodes: [] }]));
        """);
    return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes")).toList();
  }
}
