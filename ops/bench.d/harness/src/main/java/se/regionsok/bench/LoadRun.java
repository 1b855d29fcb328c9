package se.regionsok.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code LoadRun target log types concurrency seconds label}. target is
 * http://127.0.0.1:PORT, a jdbc:postgresql URL, opensearch:http://127.0.0.1:PORT (the OpenSearch peer)
 * or index:DIR (the search service in this JVM); types is a comma list of log types or "all".
 * Every thread takes the log's next line in turn (so all threads together cycle through the log),
 * first for a warm-up of a third of the time, then measured. Prints one tab-separated row per type
 * and one "ALL" row: label, type, concurrency, requests, req/s, p50, p95, p99 (ms), errors; for the
 * API also the time inside the server per route ({@link ServerHistograms}).
 */
public final class LoadRun {
  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    Target target = args[0].startsWith("jdbc:") ? new PgTarget(args[0])
        : args[0].startsWith("opensearch:") ? new OsTarget(args[0].substring(11))
        : args[0].startsWith("index:") ? new InProcessTarget(Path.of(args[0].substring(6)))
        : new HttpTarget(args[0]);
    Set<String> types = args[2].equals("all") ? null : Set.of(args[2].split(","));
    List<LogEntry> log = Files.readAllLines(Path.of(args[1])).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(LogEntry::parse)
        .filter(e -> types == null || types.contains(e.type())).toList();
    int threads = Integer.parseInt(args[3]);
    long millis = Long.parseLong(args[4]) * 1000;
    run(target, log, threads, millis / 3, null);
    Map<String, Samples> byType = new ConcurrentHashMap<>();
    boolean http = target instanceof HttpTarget;
    ServerHistograms before = http ? ServerHistograms.scrape(args[0]) : null;
    long took = run(target, log, threads, millis, byType);
    print(args[5], threads, took, new TreeMap<>(byType));
    if (http) {
      ServerHistograms.scrape(args[0]).printSince(before, args[5], threads, took);
    }
  }

  /** Runs the threads for the given time; records latencies into byType unless it is null. */
  private static long run(Target target, List<LogEntry> log, int threads, long millis,
      Map<String, Samples> byType) throws Exception {
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    long end = start + millis * 1_000_000;
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Target.Worker worker = target.newWorker();
      running.add(Thread.ofPlatform().start(() -> {
        try (worker) {
          while (System.nanoTime() < end) {
            LogEntry entry = log.get((int) (next.getAndIncrement() % log.size()));
            long t0 = System.nanoTime();
            boolean ok;
            try {
              ok = worker.call(entry);
            } catch (Exception e) {
              ok = false;
            }
            if (byType != null) {
              byType.computeIfAbsent(entry.type(), k -> new Samples()).add(System.nanoTime() - t0, ok);
            }
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    for (Thread thread : running) {
      thread.join();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void print(String label, int threads, long tookMillis, Map<String, Samples> byType) {
    Samples all = new Samples();
    byType.values().forEach(all::addAll);
    byType.put("ALL", all);
    byType.forEach((type, s) -> System.out.printf("%s\t%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%d%n", label,
        type, threads, s.count(), s.count() * 1000.0 / tookMillis, s.percentile(50),
        s.percentile(95), s.percentile(99), s.errors()));
  }

  /** Latencies of one request type (nanoseconds), shared by the threads. */
  private static final class Samples {
    private long[] nanos = new long[1024];
    private int size;
    private long errors;

    synchronized void add(long value, boolean ok) {
      if (size == nanos.length) {
        nanos = Arrays.copyOf(nanos, size * 2);
      }
      nanos[size++] = value;
      errors += ok ? 0 : 1;
    }

    synchronized void addAll(Samples other) {
      for (int i = 0; i < other.size; i++) {
        add(other.nanos[i], true);
      }
      errors += other.errors;
    }

    long count() {
      return size;
    }

    long errors() {
      return errors;
    }

    double percentile(int p) {
      if (size == 0) {
        return Double.NaN;
      }
      long[] sorted = Arrays.copyOf(nanos, size);
      Arrays.sort(sorted);
      return sorted[Math.min(size - 1, (int) Math.ceil(p / 100.0 * size) - 1)] / 1e6;
    }
  }
}
