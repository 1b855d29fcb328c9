package se.regionsok.bench;

import java.net.http.HttpResponse;

/**
 * The OpenSearch node as a load target ({@code opensearch:http://127.0.0.1:PORT}): one _search
 * call per log line over HTTP (its usual client path, like our API through HTTP). An export whose
 * matches exceed one page of {@link OsQueries#EXPORT_MAX} counts as an error, not as a fast answer.
 */
final class OsTarget implements Target {
  private final OsClient os;

  OsTarget(String base) {
    this.os = new OsClient(base);
  }

  @Override
  public Worker newWorker() {
    return entry -> {
      HttpResponse<String> response = os.send("POST", "/" + OsClient.INDEX + "/_search",
          "application/json", OsQueries.forEntry(entry).toString());
      if (response.statusCode() != 200) {
        return false;
      }
      return !entry.route().equals("/api/export")
          || OsClient.JSON.readTree(response.body()).at("/hits/total/value").asLong() <= OsQueries.EXPORT_MAX;
    };
  }
}
