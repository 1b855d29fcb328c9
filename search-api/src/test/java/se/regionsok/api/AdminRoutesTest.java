package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.regionsok.build.StandardPipeline;
import se.regionsok.ingest.FileCheck;
import se.regionsok.ingest.IngestRequest;
import se.regionsok.ingest.Ingester;
import se.regionsok.index.IndexLayout;
import se.regionsok.search.BadRequestException;
import se.regionsok.search.SearchRequest;
import se.regionsok.search.SearchService;

/** The upload route: closed without the right token, and an upload is searchable at once. */
class AdminRoutesTest {
  private static final String TOKEN = "hemlig-nyckel";
  private static final String REPORT = """
      Återrapportering regionalt utvecklingsarbete 2025, Region Halland

      3. Innovation och förnyelse samt entreprenörskap och företagande
      3.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.
      Regionen har stärkt havsbaserad vindkraftsforskning tillsammans med högskolan och länets företag.
      Satsningen har gett nya arbetstillfällen och fler företag inom förnybar energi längs kusten.
      """;

  private final Path root = Files.createTempDirectory("regionsok-admin");
  private final HttpClient http = HttpClient.newHttpClient();

  AdminRoutesTest() throws IOException {}

  @Test
  void uploadNeedsTheTokenAndIsSearchableAtOnce() throws Exception {
    Path corpus = root.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("manifest.json"), "{\"documents\":[]}");
    IndexLayout layout = new IndexLayout(root.resolve("index"));
    Ingester ingester = new Ingester(corpus, layout, StandardPipeline.loader(), FileCheck.DEFAULT_MAX_BYTES);
    Path seed = Files.writeString(root.resolve("seed.txt"), REPORT.replace("Halland", "Kronoberg"));
    ingester.ingest(List.of(new IngestRequest(seed, "Kronoberg", 2025, null, null, false)),
        new PrintStream(PrintStream.nullOutputStream()));

    try (SearchService search = new SearchService(layout)) {
      AdminRoutes admin = new AdminRoutes(TOKEN, ingester, search.index());
      Javalin app = Javalin.create(config -> {
        config.routes.post("/api/admin/documents", admin::addDocuments);
        config.routes.exception(BadRequestException.class, (e, ctx) ->
            ctx.status(HttpStatus.BAD_REQUEST).json(ApiError.badRequest(e.getMessage())));
      }).start("127.0.0.1", 0);
      try {
        String url = "http://127.0.0.1:" + app.port() + "/api/admin/documents";
        assertEquals(401, post(url, null).statusCode());
        assertEquals(403, post(url, "fel").statusCode());

        HttpResponse<String> added = post(url, TOKEN);
        assertEquals(200, added.statusCode(), added.body());
        JsonNode body = new ObjectMapper().readTree(added.body());
        assertEquals("added", body.path("files").path(0).path("outcome").asText(), added.body());
        assertEquals(search.index().version(), body.path("indexVersion").asText());
        assertTrue(search.search(SearchRequest.of("vindkraftsforskning")).hits().stream()
            .anyMatch(hit -> hit.region().equals("Halland")), "the upload is served without waiting");
      } finally {
        app.stop();
      }
    }
  }

  private HttpResponse<String> post(String url, String token) throws IOException, InterruptedException {
    String boundary = "regionsok" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, boundary, "region", null, "Region Halland");
    field(body, boundary, "year", null, "2025");
    field(body, boundary, "file", "halland-2025.txt", REPORT);
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void field(ByteArrayOutputStream body, String boundary, String name, String fileName,
      String value) throws IOException {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/plain; charset=UTF-8")
        + "\r\n\r\n";
    body.write(head.getBytes(StandardCharsets.UTF_8));
    body.write(value.getBytes(StandardCharsets.UTF_8));
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void deleteFolder() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
