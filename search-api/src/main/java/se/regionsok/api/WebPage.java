package se.regionsok.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/** The web page for analysts and regions: static files from the classpath folder {@code /web} at {@code /}. */
public final class WebPage {
  private WebPage() {}

  public static void configure(JavalinConfig config) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/web";
      files.location = Location.CLASSPATH;
      // Revalidate on every load so a redeployed page never mixes old and new modules.
      files.headers = Map.of("Cache-Control", "no-cache");
    });
  }
}
