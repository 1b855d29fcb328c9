package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CORS with a list of origins, and the error shape of every kind of error, over HTTP: a listed
 * origin gets the CORS headers and its preflight answered, another origin gets none; errors carry
 * a Swedish "meddelande" beside the English code and text, Jetty's own errors included.
 */
class CorsAndErrorsTest {
  private static final String LISTED = "https://dashboard.example";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static Javalin app;

  @BeforeAll
  static void start() throws IOException {
    app = ApiServer.create(TestServer.shared().search(), new ApiServer.Settings(List.of(LISTED)), Optional.empty())
        .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void aListedOriginGetsCorsHeadersAndAnUnlistedOneNone() throws Exception {
    HttpResponse<String> listed = send(get("/api/search?q=v%C3%A4tgas").header("Origin", LISTED));
    assertEquals(200, listed.statusCode());
    assertEquals(Optional.of(LISTED), listed.headers().firstValue("Access-Control-Allow-Origin"));
    assertTrue(listed.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));

    HttpResponse<String> unlisted = send(get("/api/search?q=v%C3%A4tgas").header("Origin", "https://evil.example"));
    assertEquals(Optional.empty(), unlisted.headers().firstValue("Access-Control-Allow-Origin"),
        "without the header the browser withholds the answer from the other site's script");
  }

  @Test
  void preflightIsAnsweredForListedOriginsOnly() throws Exception {
    HttpResponse<String> listed = send(preflight(LISTED));
    assertTrue(listed.statusCode() == 200 || listed.statusCode() == 204, "preflight answered: " + listed.statusCode());
    assertEquals(Optional.of(LISTED), listed.headers().firstValue("Access-Control-Allow-Origin"));
    assertTrue(listed.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));

    HttpResponse<String> unlisted = send(preflight("https://evil.example"));
    assertEquals(Optional.empty(), unlisted.headers().firstValue("Access-Control-Allow-Origin"));
  }

  @Test
  void everyErrorSaysItInSwedishToo() throws Exception {
    assertError(send(get("/api/search?size=0")), 400, "bad_request", "size: ska vara mellan 1 och 100 (fick 0)");
    assertError(send(get("/api/search?regoin=Sk%C3%A5ne")), 400, "bad_request", "okänd parameter 'regoin'");
    assertError(send(get("/api/export?format=xlsx")), 400, "bad_request", "format: ska vara 'jsonl' eller 'csv'");
    assertError(send(get("/api/stats/pivot?rows=region&cols=region")), 400, "bad_request",
        "cols: måste skilja sig från rows (region)");
    assertError(send(get("/api/documents/finns-inte")), 404, "not_found", "ingen post med id 'finns-inte'");
    assertError(send(get("/api/ingenting")), 404, "not_found", "ingen sida eller tjänst GET /api/ingenting");
    HttpResponse<String> hugeHeaders = send(get("/health").header("X-Padding", "x".repeat(70 * 1024)));
    assertError(hugeHeaders, 431, "headers_too_large", "Förfrågans huvuden är för stora.");
  }

  @Test
  void aFullDiskIsA507NotAnUnreadableIndex() {
    // the operating system's own ENOSPC, as a write on a full disk reports it
    IOException diskFull = assertThrows(IOException.class, () -> Files.write(Path.of("/dev/full"), new byte[] {1}));
    assertEquals(507, ApiError.statusFor(diskFull), diskFull.getMessage());
    assertEquals("insufficient_storage", ErrorCode.INSUFFICIENT_STORAGE.error().error());
    assertEquals(503, ApiError.statusFor(new IOException("read past EOF")));
  }

  private static void assertError(HttpResponse<String> r, int status, String code, String meddelande) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode error = JSON.readTree(r.body());
    assertEquals(code, error.get("error").asText(), r.body());
    assertTrue(!error.get("message").asText().isBlank(), r.body());
    assertEquals(meddelande, error.get("meddelande").asText(), r.body());
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
  }

  private static HttpRequest.Builder preflight(String origin) {
    return get("/api/facets").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
        .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "If-None-Match");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
