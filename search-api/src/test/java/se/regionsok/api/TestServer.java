package se.regionsok.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.regionsok.build.CorpusIndexer;
import se.regionsok.build.StandardPipeline;
import se.regionsok.schema.IndexLayout;
import se.regionsok.search.SearchService;

/**
 * The real server on the real corpus: indexes {@code corpus/} into a temporary folder, starts the
 * API on a free port and talks to it over HTTP. Read-only tests share one ({@link #shared()}):
 * indexing the corpus takes seconds.
 */
public final class TestServer implements AutoCloseable {
  public static final Path CORPUS = Path.of("..", "corpus");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path indexDir;
  private final SearchService search;
  private final Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  public record Response(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    /** The rows of a CSV export (after its byte order mark), by header. */
    public List<Map<String, String>> csvRows(char separator) {
      try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
          .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator)).readValues(body.substring(1))) {
        return it.readAll();
      } catch (IOException e) {
        throw new UncheckedIOException("not CSV: " + body, e);
      }
    }
  }

  private static TestServer shared;

  /** The server read-only test classes share; stopped when the test JVM exits. */
  public static synchronized TestServer shared() throws IOException {
    if (shared == null) {
      TestServer server = new TestServer();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
      shared = server;
    }
    return shared;
  }

  public TestServer() throws IOException {
    indexDir = Files.createTempDirectory("regionsok-index");
    IndexLayout layout = new IndexLayout(indexDir);
    new CorpusIndexer(CORPUS, layout, StandardPipeline.loader())
        .indexCorpus("test server", false, new PrintStream(PrintStream.nullOutputStream()));
    search = new SearchService(layout);
    app = ApiServer.create(search).start("127.0.0.1", 0);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + app.port();
  }

  public SearchService search() {
    return search;
  }

  public Path indexDir() {
    return indexDir;
  }

  /** GET a path; {@code params} are name, value pairs (URL-encoded here). */
  public Response get(String path, String... params) {
    StringBuilder url = new StringBuilder(baseUrl()).append(path);
    for (int i = 0; i + 1 < params.length; i += 2) {
      url.append(i == 0 ? '?' : '&')
          .append(URLEncoder.encode(params[i], StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JsonNode getJson(String path, String... params) {
    Response r = get(path, params);
    if (r.status() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.status() + ": " + r.body());
    }
    return r.json();
  }

  @Override
  public void close() throws IOException {
    app.stop();
    search.close();
    try (Stream<Path> files = Files.walk(indexDir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
