package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Clients that hold what they should not, against the real server with short limits on loopback:
 * slow and silent connections are cut while normal requests keep being answered; past the
 * request cap the answer is 503 with Retry-After in the JSON error shape.
 */
class HostileClientsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration HEADER_TIMEOUT = Duration.ofMillis(1500);
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(3);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void slowAndSilentClientsAreCutWhileOthersAreServed() throws Exception {
    Javalin app = start(new ConnectionLimits(64, 16, Duration.ofSeconds(1), IDLE_TIMEOUT, HEADER_TIMEOUT,
        Duration.ofSeconds(1)));
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        Socket socket = new Socket("127.0.0.1", app.port());
        socket.setSoTimeout(20);
        slow.add(socket);
      }
      Socket silent = slow.get(0); // sends nothing at all
      byte[] request = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      long start = System.nanoTime();
      long[] cutAfterMs = new long[slow.size()];
      for (int round = 0; round < request.length && anyOpen(cutAfterMs); round++) {
        for (int i = 1; i < slow.size(); i++) {
          if (cutAfterMs[i] == 0) {
            try {
              slow.get(i).getOutputStream().write(request[round]); // one byte every 400 ms
              slow.get(i).getOutputStream().flush();
            } catch (IOException cut) {
              cutAfterMs[i] = elapsedMs(start);
            }
          }
        }
        for (int i = 0; i < slow.size(); i++) {
          if (cutAfterMs[i] == 0 && closedByServer(slow.get(i))) {
            cutAfterMs[i] = elapsedMs(start);
          }
        }
        assertEquals(200, get(app, "/health").statusCode(), "normal requests are served meanwhile");
        Thread.sleep(400);
      }
      for (int i = 0; i < slow.size(); i++) {
        assertTrue(cutAfterMs[i] > 0, "connection " + i + " was never cut");
        assertTrue(cutAfterMs[i] < HEADER_TIMEOUT.toMillis() + 2_000, "connection " + i + " cut after " + cutAfterMs[i] + " ms");
      }
      assertTrue(silent.isConnected());
      assertEquals(200, get(app, "/health").statusCode());
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
      app.stop();
    }
  }

  @Test
  void pastTheRequestCapTheAnswerIs503WithRetryAfter() throws Exception {
    Javalin app = start(new ConnectionLimits(1, 0, Duration.ofMillis(100), IDLE_TIMEOUT, HEADER_TIMEOUT,
        Duration.ofSeconds(3)));
    try {
      String costly = "/api/search?size=100&explain=true&q=" + URLEncoder.encode("kompetensförsörjning regional utveckling", StandardCharsets.UTF_8);
      List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        burst.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base(app) + costly)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
      }
      int ok = 0;
      int overloaded = 0;
      for (CompletableFuture<HttpResponse<String>> answer : burst) {
        HttpResponse<String> r = answer.get();
        if (r.statusCode() == 200) {
          ok++;
          continue;
        }
        assertEquals(503, r.statusCode(), r.body());
        assertEquals(Optional.of("3"), r.headers().firstValue("Retry-After"));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode error = JSON.readTree(r.body());
        assertEquals("overloaded", error.get("error").asText());
        assertTrue(error.get("message").asText().contains("Retry-After"));
        assertTrue(error.get("meddelande").asText().contains("försök igen"));
        overloaded++;
      }
      assertTrue(ok >= 1, "the first requests are answered");
      assertTrue(overloaded >= 1, "24 requests at once with room for one: some are turned away");
      assertEquals(200, get(app, "/health").statusCode(), "and the server answers again right after");
    } finally {
      app.stop();
    }
  }

  private static boolean anyOpen(long[] cutAfterMs) {
    for (long cut : cutAfterMs) {
      if (cut == 0) {
        return true;
      }
    }
    return false;
  }

  /** True when the server closed the connection (end of stream or reset). */
  private static boolean closedByServer(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      return in.read() == -1;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  private static long elapsedMs(long start) {
    return Math.max(1, (System.nanoTime() - start) / 1_000_000);
  }

  private Javalin start(ConnectionLimits limits) throws IOException {
    return ApiServer.create(TestServer.shared().search(), new ApiServer.Settings(List.of(), limits), Optional.empty())
        .start("127.0.0.1", 0);
  }

  private HttpResponse<String> get(Javalin app, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base(app) + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String base(Javalin app) {
    return "http://127.0.0.1:" + app.port();
  }
}
