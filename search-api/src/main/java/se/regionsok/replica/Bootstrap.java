package se.regionsok.replica;

import io.javalin.Javalin;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A replica's start from nothing: until it serves its first revision it already listens on its
 * port, answering 503 to everything (so a load balancer's health check keeps it out of rotation
 * and an operator sees why), while it retries the primary every half second. It keeps the port
 * until {@link #close()}, which the server calls just before it starts on it.
 */
public final class Bootstrap implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);
  private static final Duration RETRY = Duration.ofMillis(500);

  private final Javalin waiting;

  private Bootstrap(Javalin waiting) {
    this.waiting = waiting;
  }

  /** Returns once the primary's current revision is the local current version. */
  public static Bootstrap firstRevision(RevisionPuller puller, String host, int port) throws InterruptedException {
    Map<String, Object> status = Map.of("status", "bootstrapping", "primary", puller.primary().toString());
    Bootstrap bootstrap = new Bootstrap(Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.before(ctx -> ctx.status(503).json(status).skipRemainingHandlers());
    }).start(host, port));
    LOG.info("No revision yet: copying the first one from {}", puller.primary());
    long start = System.nanoTime();
    String lastFailure = null;
    while (true) {
      try {
        var copied = puller.pull();
        if (copied.isPresent()) {
          LOG.info("Copied revision {} in {} ms", copied.get(), (System.nanoTime() - start) / 1_000_000);
          return bootstrap;
        }
        lastFailure = "the primary has published no version yet";
      } catch (IOException e) {
        if (!e.toString().equals(lastFailure)) {
          LOG.warn("Cannot copy the first revision from {} yet: {}", puller.primary(), e.toString());
        }
        lastFailure = e.toString();
      }
      Thread.sleep(RETRY.toMillis());
    }
  }

  @Override
  public void close() {
    waiting.stop();
  }
}
