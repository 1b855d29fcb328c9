package se.regionsok.web;

import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.regionsok.api.TestServer;

/**
 * The shared real server and a headless Chromium of one window size for a test class, closed
 * after its last test: {@code @RegisterExtension static final BrowserSession SESSION = …}.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {
  private final int width;
  private final int height;
  private TestServer server;
  private Browser browser;

  BrowserSession(int width, int height) {
    this.width = width;
    this.height = height;
  }

  TestServer server() {
    return server;
  }

  Browser browser() {
    return browser;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    server = TestServer.shared();
    browser = new Browser();
    browser.resize(width, height);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (browser != null) {
      browser.close();
    }
  }
}
