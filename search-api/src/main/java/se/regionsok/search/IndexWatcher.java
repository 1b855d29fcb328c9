package se.regionsok.search;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the server serve a version soon after an ingest or reindex activates it, without a
 * restart: every period it checks the layout's CURRENT pointer (one small file read) and switches
 * when it names another version. A version that fails to open is logged and the served one stays.
 */
public final class IndexWatcher implements AutoCloseable {
  public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(IndexWatcher.class);

  private final ServedIndex index;
  private final ScheduledExecutorService scheduler;
  private String lastFailure;

  private IndexWatcher(ServedIndex index, Duration period) {
    this.index = index;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "index-watcher");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::check, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  public static IndexWatcher start(ServedIndex index, Duration period) {
    return new IndexWatcher(index, period);
  }

  private void check() {
    String before = index.version();
    try {
      if (index.refresh()) {
        LOG.info("Now serving index version {} (was {})", index.version(), before);
      }
      lastFailure = null;
    } catch (Exception e) { // never let one failure end the schedule
      String failure = e.toString();
      if (!Objects.equals(failure, lastFailure)) { // once per failure, not every period
        LOG.warn("Cannot switch to the new index version; still serving {}", before, e);
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
