package se.regionsok.api;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionsok.replica.Bootstrap;
import se.regionsok.replica.PrimaryWatcher;
import se.regionsok.replica.RevisionPuller;
import se.regionsok.schema.IndexLayout;
import se.regionsok.search.IndexWatcher;
import se.regionsok.search.SearchService;

/**
 * Serves the API from the index versions the indexer publishes under INDEX_DIR (waiting for the
 * first one when none exists yet) and listens on PORT (default 7070). It only reads: uploads go
 * to the indexer's INBOX_DIR. With PRIMARY_URL set it is a read replica: INDEX_DIR is its own copy
 * of the primary's revisions, bootstrapped from nothing (answering 503 meanwhile) and kept current.
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    IndexLayout layout = new IndexLayout(Path.of(env("INDEX_DIR", "data/index")));
    Path inbox = Path.of(env("INBOX_DIR", "data/inbox"));
    int port = Integer.parseInt(env("PORT", "7070"));
    Optional<String> host = Optional.ofNullable(System.getenv("HOST")).filter(h -> !h.isBlank());
    Optional<RevisionPuller> replica = Optional.ofNullable(System.getenv("PRIMARY_URL"))
        .filter(url -> !url.isBlank()).map(url -> new RevisionPuller(URI.create(url), layout));
    Optional<Bootstrap> bootstrap = Optional.empty();
    if (replica.isPresent()) {
      if (layout.currentVersion().isEmpty()) {
        bootstrap = Optional.of(Bootstrap.firstRevision(replica.get(), host.orElse("0.0.0.0"), port));
      }
    } else {
      awaitFirstVersion(layout);
    }
    SearchService search = new SearchService(layout);
    // a version built by ops/index or ops/ingest is served within the watcher's period
    IndexWatcher watcher = IndexWatcher.start(search.index(), IndexWatcher.DEFAULT_PERIOD);
    // a replica pulls the primary's revisions into its own INDEX_DIR and switches to each at once
    Optional<PrimaryWatcher> primary = replica.map(puller ->
        PrimaryWatcher.start(puller, search.index(), PrimaryWatcher.DEFAULT_PERIOD));
    // uploads go to the primary's inbox, which a replica does not share
    Optional<AdminRoutes> admin = replica.isPresent() ? Optional.empty() : AdminRoutes.fromEnvironment(inbox);
    var app = ApiServer.create(search, ApiServer.Settings.fromEnvironment(), admin);
    bootstrap.ifPresent(Bootstrap::close); // its 503s end as the server takes the port over
    if (host.isPresent()) {
      app.start(host.get(), port); // HOST=127.0.0.1: a replica behind a load balancer on the same machine
    } else {
      app.start(port);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        if (primary.isPresent()) {
          primary.get().close();
        }
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

  private static void awaitFirstVersion(IndexLayout layout) {
    if (layout.currentVersion().isPresent()) {
      return;
    }
    LOG.info("No index version in {} yet: waiting for the indexer to publish one", layout.root());
    while (layout.currentVersion().isEmpty()) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the first index version", e);
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
