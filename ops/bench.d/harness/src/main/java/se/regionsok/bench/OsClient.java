package se.regionsok.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The OpenSearch node of ops/bench (bench.d/opensearch) over its REST API on loopback. */
final class OsClient {
  static final String INDEX = "records";
  static final ObjectMapper JSON = new ObjectMapper();
  private final String base;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  OsClient(String base) {
    if (!base.startsWith("http://127.0.0.1:")) {
      throw new IllegalArgumentException("load goes to 127.0.0.1 only: " + base);
    }
    this.base = base;
  }

  /** The response's status and body; the body is always read, as a client would. */
  HttpResponse<String> send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", contentType)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON call that must succeed. */
  JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
    return checked(send(method, path, "application/json", body));
  }

  static JsonNode checked(HttpResponse<String> response) throws IOException {
    if (response.statusCode() >= 300) {
      throw new IOException("OpenSearch answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
