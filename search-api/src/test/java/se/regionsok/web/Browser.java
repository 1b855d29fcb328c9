package se.regionsok.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (paths set explicitly, so
 * Selenium Manager never tries to download a browser or driver), with a fresh profile and a
 * download folder of its own.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  final ChromeDriver driver;
  final Path downloads;
  private final Path profile;

  Browser() throws IOException {
    profile = Files.createTempDirectory("regionsok-chromium-profile");
    downloads = Files.createTempDirectory("regionsok-downloads");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1280,1100", "--lang=sv-SE");
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false));
    driver = new ChromeDriver(service, options);
  }

  <T> T waitFor(String what, Function<WebDriver, T> condition) {
    // The page re-renders parts of itself while a condition reads them.
    return new WebDriverWait(driver, TIMEOUT).withMessage(what)
        .ignoring(StaleElementReferenceException.class).until(condition);
  }

  /** Waits until the page has answered its last navigation (main is no longer busy). */
  void waitUntilIdle() {
    waitFor("the page to finish loading", d -> {
      List<WebElement> busy = d.findElements(By.cssSelector("main[aria-busy]"));
      return busy.isEmpty() && !d.findElements(By.cssSelector("main h1")).isEmpty();
    });
  }

  /** The elements' texts as read: without soft hyphens, which show only where a line breaks. */
  List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(Browser::visible).toList();
  }

  String text(String css) {
    return visible(driver.findElement(By.cssSelector(css)));
  }

  private static String visible(WebElement element) {
    return element.getText().replace("\u00ad", "");
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** The whole page (up to 4000 px high), taken by growing the window to the page's height for a moment. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path target = SCREENSHOTS.resolve(name + ".png");
    Dimension window = driver.manage().window().getSize();
    long pageHeight = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    resize(window.getWidth(), (int) Math.min(4000, Math.max(window.getHeight(), pageHeight + 140)));
    try {
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      resize(window.getWidth(), window.getHeight());
    }
    return target;
  }

  /** Waits for a finished download (Chromium writes .crdownload files until it is). */
  Path download(String fileName) {
    Path file = downloads.resolve(fileName);
    waitFor("the download of " + fileName, d -> Files.isRegularFile(file)
        && !Files.exists(downloads.resolve(fileName + ".crdownload")) ? file : null);
    return file;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    for (Path dir : List.of(profile, downloads)) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
