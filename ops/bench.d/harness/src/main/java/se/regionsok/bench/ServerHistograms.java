package se.regionsok.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spent inside the server per route, from the http_server_requests_seconds histogram of
 * /metrics: two snapshots around a run, their difference read as a distribution. It separates the
 * service time from the queueing and client time that the load generator sees on shared cores.
 */
final class ServerHistograms {
  private static final Pattern BUCKET = Pattern.compile(
      "^http_server_requests_seconds_bucket\\{.*route=\"([^\"]+)\",status=\"200\",le=\"([^\"]+)\"} (\\S+)$");

  /** route → upper bound (s) → cumulative count. */
  private final Map<String, TreeMap<Double, Double>> buckets = new TreeMap<>();

  static ServerHistograms scrape(String base) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String text = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    ServerHistograms snapshot = new ServerHistograms();
    for (String line : text.split("\n")) {
      Matcher m = BUCKET.matcher(line);
      if (m.matches() && !m.group(2).equals("+Inf")) {
        snapshot.buckets.computeIfAbsent(m.group(1), r -> new TreeMap<>())
            .merge(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double::sum);
      }
    }
    return snapshot;
  }

  /** Prints label, "server ROUTE", concurrency, requests, req/s, p50, p95, p99 (ms) per route. */
  void printSince(ServerHistograms before, String label, int threads, long tookMillis) {
    buckets.forEach((route, after) -> {
      TreeMap<Double, Double> base = before.buckets.getOrDefault(route, new TreeMap<>());
      TreeMap<Double, Double> run = new TreeMap<>();
      after.forEach((le, count) -> run.put(le, count - base.getOrDefault(le, 0.0)));
      double total = run.isEmpty() ? 0 : run.lastEntry().getValue();
      if (total > 0) {
        System.out.printf("%s\tserver %s\t%d\t%.0f\t%.1f\t%.1f\t%.1f\t%.1f\t0%n", label, route, threads,
            total, total * 1000 / tookMillis, quantile(run, total, 0.50), quantile(run, total, 0.95),
            quantile(run, total, 0.99));
      }
    });
  }

  /** The upper bound of the bucket holding the quantile, in ms (an upper estimate). */
  private static double quantile(TreeMap<Double, Double> cumulative, double total, double q) {
    for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
      if (bucket.getValue() >= q * total) {
        return bucket.getKey() * 1000;
      }
    }
    return Double.NaN;
  }
}
