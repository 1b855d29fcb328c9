package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.regionsok.build.CorpusIndexer;
import se.regionsok.schema.Inbox;
import se.regionsok.schema.IndexLayout;
import se.regionsok.search.IndexWatcher;
import se.regionsok.search.SearchService;

/**
 * The admin upload as deployed: the real server (which only stores the upload) and the real
 * indexer in its own process (which reads it and publishes a version the server switches to).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUploadTest {
  private static final String TOKEN = "hemlig-nyckel";
  private static final long MAX_BYTES = 8L * 1024 * 1024;
  private static final String REPORT = """
      Återrapportering regionalt utvecklingsarbete 2025, Region Halland

      3. Innovation och förnyelse samt entreprenörskap och företagande
      3.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.
      Regionen har stärkt havsbaserad vindkraftsforskning tillsammans med högskolan och länets företag.
      Satsningen har gett nya arbetstillfällen och fler företag inom förnybar energi längs kusten.
      """;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private Path root;
  private Process indexer;
  private Path indexerLog;
  private SearchService search;
  private IndexWatcher watcher;
  private Javalin app;

  @BeforeAll
  void startIndexerAndServer() throws Exception {
    root = Files.createTempDirectory("regionsok-admin");
    Path corpus = root.resolve("corpus");
    copyCorpus(TestServer.CORPUS, corpus);
    IndexLayout layout = new IndexLayout(root.resolve("index"));
    CorpusIndexer.standard(corpus, layout.root()).indexCorpus("test", false, new PrintStream(OutputStream.nullOutputStream()));

    indexerLog = root.resolve("indexer.log");
    ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        "se.regionsok.ingest.IndexerDaemon")
        .redirectErrorStream(true).redirectOutput(indexerLog.toFile());
    builder.environment().put("CORPUS_DIR", corpus.toString());
    builder.environment().put("INDEX_DIR", layout.root().toString());
    builder.environment().put("INBOX_DIR", root.resolve("inbox").toString());
    indexer = builder.start();
    awaitLog("Indexer ready");

    search = new SearchService(layout);
    watcher = IndexWatcher.start(search.index(), Duration.ofMillis(100));
    app = ApiServer.create(search, new ApiServer.Settings(List.of()),
        Optional.of(new AdminRoutes(TOKEN, new Inbox(root.resolve("inbox")), MAX_BYTES))).start("127.0.0.1", 0);
  }

  @AfterAll
  void stop() throws Exception {
    app.stop();
    watcher.close();
    search.close();
    indexer.destroyForcibly().waitFor();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Test
  void theRoutesWantTheToken() throws Exception {
    assertEquals(401, upload(null, "rapport.txt", REPORT.getBytes(StandardCharsets.UTF_8)).statusCode());
    assertEquals(403, upload("fel", "rapport.txt", REPORT.getBytes(StandardCharsets.UTF_8)).statusCode());
    assertEquals(401, get("/api/admin/jobs/j20260101T000000-00000000", null).statusCode());
  }

  @Test
  void jobIdsAreCheckedAndUnknownJobsAreNotFound() throws Exception {
    HttpResponse<String> bad = get("/api/admin/jobs/" + URLEncoder.encode("../../etc", StandardCharsets.UTF_8), TOKEN);
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("is not a job id"), bad.body());
    assertEquals(404, get("/api/admin/jobs/j20260101T000000-00000000", TOKEN).statusCode());
  }

  @Test
  void anUploadPastTheLimitIsRefusedWith413AndNothingIsKept() throws Exception {
    HttpResponse<String> response = upload(TOKEN, "stor.pdf", new byte[(int) MAX_BYTES + 2 * 1024 * 1024]);
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(response.body().contains("8 MB"), response.body());
    try (Stream<Path> jobs = Files.list(root.resolve("inbox"))) {
      assertTrue(jobs.noneMatch(p -> p.toString().endsWith(".part")), "no half-received upload is left");
    }
  }

  @Test
  void anUploadIsQueuedThenAddedByTheIndexerAndServed() throws Exception {
    HttpResponse<String> accepted = upload(TOKEN, "halland-2025.txt", REPORT.getBytes(StandardCharsets.UTF_8));
    assertEquals(202, accepted.statusCode(), accepted.body());
    String job = json.readTree(accepted.body()).path("job").asText();
    assertTrue(accepted.headers().firstValue("Location").orElse("").endsWith("/api/admin/jobs/" + job));

    JsonNode done = awaitJob(job);
    assertEquals("done", done.path("status").asText(), done.toString());
    assertEquals(1, done.path("records").asInt(), done.toString());
    JsonNode found = awaitFirstHit("havsbaserad vindkraftsforskning", "halland-2025-");
    assertEquals("Halland", found.path("hits").path(0).path("region").asText(), found.toString());
  }

  @Test
  void aZipBombIsRefusedByTheIndexerWhileSearchesGoOnUntouched() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger searches = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Thread> load = new ArrayList<>();
    for (String q : List.of("vätgas", "kompetensförsörjning vård", "besöksnäring", "hallbar omstallning")) {
      Thread t = Thread.ofVirtual().start(() -> {
        while (running.get()) {
          try {
            HttpResponse<String> r = get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
            searches.incrementAndGet();
            if (r.statusCode() != 200) {
              failures.add(q + " → " + r.statusCode() + " " + r.body());
            }
          } catch (Exception e) {
            failures.add(q + " → " + e);
          }
        }
      });
      load.add(t);
    }
    try {
      HttpResponse<String> accepted = upload(TOKEN, "bomb.docx", zipBombDocx());
      assertEquals(202, accepted.statusCode(), accepted.body());
      JsonNode job = awaitJob(json.readTree(accepted.body()).path("job").asText());
      assertEquals("failed", job.path("status").asText(), job.toString());
      assertTrue(job.path("message").asText().startsWith("bomb.docx: "), job.toString());
      assertTrue(job.path("message").asText().contains("zip bomb"), job.toString());
      assertTrue(indexer.isAlive(), "the indexer stays up");
    } finally {
      running.set(false);
      for (Thread t : load) {
        t.join();
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + searches.get() + " searches failed: " + failures.peek());
    assertTrue(searches.get() > 20, "searches ran during the upload: " + searches.get());
  }

  /** A valid DOCX whose body inflates from well under a megabyte to about 400 MB of XML. */
  private static byte[] zipBombDocx() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
          <Default Extension="xml" ContentType="application/xml"/>\
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
      entry(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
          + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
      byte[] paragraph = ("<w:p><w:r><w:t>" + "Regional utveckling i hela länet. ".repeat(30) + "</w:t></w:r></w:p>")
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 400L * 1024 * 1024; written += paragraph.length) {
        zip.write(paragraph);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private JsonNode awaitJob(String job) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      HttpResponse<String> r = get("/api/admin/jobs/" + job, TOKEN);
      assertEquals(200, r.statusCode(), r.body());
      JsonNode status = json.readTree(r.body());
      String state = status.path("status").asText();
      if (state.equals("done") || state.equals("failed")) {
        return status;
      }
      assertTrue(indexer.isAlive() && System.nanoTime() < deadline, "job still " + state
          + (indexer.isAlive() ? "" : ", the indexer died") + "; indexer log:\n" + Files.readString(indexerLog));
      Thread.sleep(100);
    }
  }

  /** The search answer once the server serves the version whose first hit's id starts so. */
  private JsonNode awaitFirstHit(String q, String idPrefix) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      JsonNode answer = json.readTree(get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null).body());
      if (answer.path("hits").path(0).path("id").asText().startsWith(idPrefix) || System.nanoTime() > deadline) {
        return answer;
      }
      Thread.sleep(100);
    }
  }

  private void awaitLog(String text) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!Files.exists(indexerLog) || !Files.readString(indexerLog).contains(text)) {
      assertTrue(indexer.isAlive() && System.nanoTime() < deadline, "the indexer did not start:\n"
          + (Files.exists(indexerLog) ? Files.readString(indexerLog) : ""));
      Thread.sleep(100);
    }
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> upload(String token, String fileName, byte[] content) throws Exception {
    String boundary = "regionsok" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, boundary, "region", null, "Region Halland".getBytes(StandardCharsets.UTF_8));
    field(body, boundary, "year", null, "2025".getBytes(StandardCharsets.UTF_8));
    field(body, boundary, "file", fileName, content);
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/admin/documents"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        // as curl does for large bodies: a refusal arrives before the body is sent, so the client
        // reads the 413 instead of racing the server's close while still writing
        .expectContinue(true)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void field(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] value)
      throws IOException {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
        + "\r\n\r\n";
    body.write(head.getBytes(StandardCharsets.UTF_8));
    body.write(value);
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static void copyCorpus(Path from, Path to) throws IOException {
    Files.createDirectories(to.resolve("documents"));
    Files.copy(from.resolve("manifest.json"), to.resolve("manifest.json"));
    try (Stream<Path> documents = Files.list(from.resolve("documents"))) {
      for (Path document : documents.toList()) {
        Files.copy(document, to.resolve("documents").resolve(document.getFileName()));
      }
    }
  }
}
