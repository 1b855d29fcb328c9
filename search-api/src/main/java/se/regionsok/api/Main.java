package se.regionsok.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionsok.build.IndexCommand;
import se.regionsok.index.IndexLayout;
import se.regionsok.search.IndexWatcher;
import se.regionsok.search.SearchService;

/**
 * Serves the API: opens the current index version under INDEX_DIR, building one from CORPUS_DIR
 * first when none exists, and listens on PORT (default 7070).
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(env("CORPUS_DIR", "corpus"));
    IndexLayout layout = new IndexLayout(Path.of(env("INDEX_DIR", "data/index")));
    int port = Integer.parseInt(env("PORT", "7070"));
    if (layout.currentVersion().isEmpty()) {
      LOG.info("No index in {}: building it from {}", layout.root(), corpus);
      if (IndexCommand.build(corpus, layout, System.out) == null) {
        throw new IllegalStateException("no records could be read from " + corpus);
      }
    }
    SearchService search = new SearchService(layout);
    // a version built by ops/index or ops/ingest is served within the watcher's period
    IndexWatcher watcher = IndexWatcher.start(search.index(), IndexWatcher.DEFAULT_PERIOD);
    Optional<AdminRoutes> admin = AdminRoutes.fromEnvironment(corpus, layout, search.index());
    var app = ApiServer.create(search, ApiServer.Settings.fromEnvironment(), admin).start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        watcher.close();
        search.close();
      } catch (IOException e) {
        LOG.warn("closing the index failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    LOG.info("Serving index {} ({} records) on http://localhost:{}/", search.index().version(),
        search.index().records(), port);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
