package se.regionsok.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.regionsok.build.StandardPipeline;
import se.regionsok.ingest.FileCheck;
import se.regionsok.ingest.IngestRequest;
import se.regionsok.ingest.Ingester;
import se.regionsok.index.IndexLayout;
import se.regionsok.search.BadRequestException;
import se.regionsok.search.ServedIndex;

/**
 * {@code POST /api/admin/documents}: adds uploaded reports (multipart field {@code file}, one or
 * more, with fields {@code region}, {@code year} and optionally {@code kind}, {@code title},
 * {@code force}) exactly as {@code ops/ingest} does, then serves the new version at once. It exists
 * only when ADMIN_TOKEN is set, and then wants {@code Authorization: Bearer <token>}.
 */
public final class AdminRoutes {
  private final byte[] token;
  private final Ingester ingester;
  private final ServedIndex index;

  public AdminRoutes(String token, Ingester ingester, ServedIndex index) {
    this.token = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    this.ingester = ingester;
    this.index = index;
  }

  /** The routes when ADMIN_TOKEN is set, else none: an open upload would let anyone change the index. */
  public static Optional<AdminRoutes> fromEnvironment(Path corpus, IndexLayout layout, ServedIndex index) {
    String token = System.getenv("ADMIN_TOKEN");
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new AdminRoutes(token.strip(), new Ingester(corpus, layout,
        StandardPipeline.loader(), FileCheck.DEFAULT_MAX_BYTES), index));
  }

  public void addDocuments(Context ctx) throws IOException {
    if (!authorized(ctx)) {
      return;
    }
    List<UploadedFile> uploads = ctx.uploadedFiles("file");
    if (uploads.isEmpty()) {
      throw new BadRequestException("upload the report as the multipart field 'file'");
    }
    String year = ctx.formParam("year");
    if (year == null || !year.matches("(19|20)\\d\\d")) {
      throw new BadRequestException("the field 'year' needs a year such as 2025");
    }
    Path folder = Files.createTempDirectory("regionsok-upload");
    try {
      List<IngestRequest> requests = new ArrayList<>();
      for (UploadedFile upload : uploads) {
        requests.add(new IngestRequest(save(upload, folder), ctx.formParam("region"),
            Integer.parseInt(year), blankToNull(ctx.formParam("kind")), blankToNull(ctx.formParam("title")),
            "true".equalsIgnoreCase(ctx.formParam("force"))));
      }
      Ingester.Result result = ingester.ingest(requests, new PrintStream(PrintStream.nullOutputStream()));
      index.refresh(); // serve it now rather than at the watcher's next look
      ctx.status(result.allAccepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).json(body(result));
    } finally {
      deleteRecursively(folder);
    }
  }

  /** 401 without a bearer token, 403 with a wrong one; compared in constant time. */
  private boolean authorized(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      ctx.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
          .json(new ApiError("unauthorized", "send Authorization: Bearer <ADMIN_TOKEN>"));
      return false;
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      ctx.status(HttpStatus.FORBIDDEN).json(new ApiError("forbidden", "wrong admin token"));
      return false;
    }
    return true;
  }

  /** Keeps the uploaded name: its extension is checked against the content. */
  private static Path save(UploadedFile upload, Path folder) throws IOException {
    String name = Path.of(upload.filename() == null ? "upload" : upload.filename()).getFileName().toString()
        .replaceAll("[^\\p{L}\\p{N}._-]", "_");
    Path file = folder.resolve(name.isEmpty() || name.startsWith(".") ? "upload" + name : name);
    try (InputStream in = upload.content()) {
      Files.copy(in, file);
    }
    return file;
  }

  private Map<String, Object> body(Ingester.Result result) throws IOException {
    List<Map<String, Object>> files = new ArrayList<>();
    for (Ingester.FileResult file : result.files()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("file", file.file().getFileName().toString());
      item.put("outcome", file.outcome().name().toLowerCase(java.util.Locale.ROOT));
      item.put("message", file.message());
      item.put("id", file.entry() == null ? null : file.entry().id());
      item.put("records", file.records());
      files.add(item);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("files", files);
    body.put("indexVersion", index.version());
    body.put("records", index.records());
    return body;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
