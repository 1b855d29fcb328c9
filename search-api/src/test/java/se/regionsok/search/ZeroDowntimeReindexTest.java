package se.regionsok.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.regionsok.index.IndexBuilder;
import se.regionsok.schema.IndexLayout;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;
import se.regionsok.record.Regions;
import se.regionsok.record.Source;

/**
 * Searches run without pause from another thread while new versions are built and the watcher
 * switches to them: none fails, none comes back empty, and the switch costs no visible pause.
 */
class ZeroDowntimeReindexTest {
  private static final Duration WATCH_PERIOD = Duration.ofMillis(50);

  private final Path root;
  private final IndexLayout layout;

  ZeroDowntimeReindexTest() throws IOException {
    root = Files.createTempDirectory("regionsok-swap");
    layout = new IndexLayout(root);
  }

  /** One search's start, duration and version, as a client sees it. */
  private record Sample(long startNanos, long nanos, String version) {}

  @Test
  void searchesKeepAnsweringWhileTheIndexIsRebuiltAndSwitched() throws Exception {
    new IndexBuilder(layout).build(records("v1", 4000));
    try (SearchService search = new SearchService(layout);
        IndexWatcher watcher = IndexWatcher.start(search.index(), WATCH_PERIOD)) {
      Queue<Sample> samples = new ConcurrentLinkedQueue<>();
      Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
      AtomicBoolean running = new AtomicBoolean(true);
      Thread client = Thread.ofPlatform().name("search-client").start(() -> {
        SearchRequest request = SearchRequest.of("kompetensförsörjning länet");
        while (running.get()) {
          long start = System.nanoTime();
          try {
            String version = search.index().version();
            long total = search.search(request).total();
            if (total == 0) {
              errors.add(new AssertionError("empty result on " + version));
            }
            samples.add(new Sample(start, System.nanoTime() - start, version));
          } catch (Throwable e) {
            errors.add(e);
          }
        }
      });

      Thread.sleep(700); // warm-up: JIT and first-use costs are no part of the switch
      long steadyStart = System.nanoTime();
      Thread.sleep(1500); // the steady state to compare with
      long reindexStart = System.nanoTime();
      List<String> built = new ArrayList<>();
      for (int round = 2; round <= 4; round++) {
        String version = new IndexBuilder(layout).build(records("v" + round, 4000 + round * 500)).version();
        built.add(version);
        awaitServed(search, version);
      }
      long reindexEnd = System.nanoTime();
      Thread.sleep(500);
      running.set(false);
      client.join(10_000);

      assertTrue(errors.isEmpty(), "search errors during the reindex: " + errors);
      assertEquals(built.get(built.size() - 1), search.index().version());
      assertEquals(4000 + 4 * 500, search.index().records());
      report(new ArrayList<>(samples), steadyStart, reindexStart, reindexEnd);
    }
  }

  private static void awaitServed(SearchService search, String version) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!search.index().version().equals(version)) {
      assertTrue(System.nanoTime() < deadline, "the watcher did not switch to " + version);
      Thread.sleep(5);
    }
  }

  /** Prints the latency figures: steady state vs. while building, and the first search on each new version. */
  private static void report(List<Sample> samples, long steadyStart, long reindexStart, long reindexEnd) {
    List<Long> steady = new ArrayList<>();
    List<Long> during = new ArrayList<>();
    List<Long> firstOnNewVersion = new ArrayList<>();
    String previous = null;
    for (Sample s : samples) {
      if (s.startNanos() >= reindexStart && s.startNanos() <= reindexEnd) {
        during.add(s.nanos());
      } else if (s.startNanos() >= steadyStart) {
        steady.add(s.nanos());
      }
      if (previous != null && !previous.equals(s.version())) {
        firstOnNewVersion.add(s.nanos());
      }
      previous = s.version();
    }
    assertTrue(steady.size() > 10 && during.size() > 10, "too few searches to measure");
    System.out.printf("swap timing: %d searches; steady p50 %.1f ms p99 %.1f ms max %.1f ms; during reindex p50 %.1f ms "
            + "p99 %.1f ms max %.1f ms; first search on each new version %s ms%n",
        samples.size(), pct(steady, 50), pct(steady, 99), pct(steady, 100), pct(during, 50), pct(during, 99),
        pct(during, 100), firstOnNewVersion.stream().map(n -> String.format("%.1f", n / 1e6)).toList());
  }

  private static double pct(List<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int i = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(i, 0)) / 1e6;
  }

  private static List<Record> records(String version, int count) {
    List<Record> records = new ArrayList<>();
    List<String> areas = PolicyArea.labels();
    for (int i = 0; i < count; i++) {
      String region = Regions.CANONICAL.get(i % Regions.CANONICAL.size());
      records.add(Record.of(version + "-" + i, region, 2020 + i % 6, DocType.REPORT_ANSWER,
          List.of(areas.get(i % areas.size())), "Fråga " + i + " om kompetensförsörjning",
          "Region " + region + " har arbetat med kompetensförsörjning och innovation i hela länet. "
              + "Insats nummer " + i + " följs upp årligen av den regionala utvecklingsnämnden.",
          new Source("synthetic-" + version + ".txt", i + 1, i + 1)));
    }
    return records;
  }

  @AfterEach
  void deleteIndex() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
