package se.regionsok.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The Regionsök API on loopback: a GET per log line, the whole body read. */
final class HttpTarget implements Target {
  private final String base;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  HttpTarget(String base) {
    if (!base.startsWith("http://127.0.0.1:")) {
      throw new IllegalArgumentException("load goes to 127.0.0.1 only: " + base);
    }
    this.base = base;
  }

  @Override
  public Worker newWorker() {
    return entry -> {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + entry.path())).GET().build();
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        body.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return response.statusCode() == 200;
    };
  }
}
