package se.regionsok.replica;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionsok.search.ServedIndex;

/**
 * A replica's counterpart of the IndexWatcher: every period it pulls the primary's revision and,
 * when a new one was copied, switches the served index at once. While the primary is down the
 * replica goes on serving the last revision it copied and says so once in the log.
 */
public final class PrimaryWatcher implements AutoCloseable {
  public static final Duration DEFAULT_PERIOD = Duration.ofMillis(500);
  private static final Logger LOG = LoggerFactory.getLogger(PrimaryWatcher.class);

  private final RevisionPuller puller;
  private final ServedIndex index;
  private final ScheduledExecutorService scheduler;
  private String lastFailure;

  private PrimaryWatcher(RevisionPuller puller, ServedIndex index, Duration period) {
    this.puller = puller;
    this.index = index;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "primary-watcher");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::check, 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  public static PrimaryWatcher start(RevisionPuller puller, ServedIndex index, Duration period) {
    return new PrimaryWatcher(puller, index, period);
  }

  private void check() {
    try {
      var copied = puller.pull();
      if (copied.isPresent() && index.refresh()) {
        LOG.info("Now serving revision {} from {}", index.version(), puller.primary());
      }
      if (lastFailure != null) {
        LOG.info("The primary {} answers again", puller.primary());
      }
      lastFailure = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) { // never let one failure end the schedule
      String failure = e.toString();
      if (!Objects.equals(failure, lastFailure)) { // once per failure, not every period
        LOG.warn("Cannot pull from the primary {}; still serving {}: {}", puller.primary(), index.version(), failure);
      }
      lastFailure = failure;
    }
  }

  @Override
  public void close() throws InterruptedException {
    scheduler.shutdownNow();
    scheduler.awaitTermination(5, TimeUnit.SECONDS);
  }
}
