package se.regionsok.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionsok.schema.Inbox;
import se.regionsok.search.BadRequestException;
import se.regionsok.search.NotFoundException;

/**
 * {@code POST /api/admin/documents} hands an uploaded report to the indexer and answers
 * {@code 202 {"job": id}}; {@code GET /api/admin/jobs/{id}} tells how the indexer fared with it.
 * The server never parses a document: it stores the upload in the {@link Inbox}, with the size
 * limit enforced while receiving. The routes exist only when ADMIN_TOKEN is set, and then want
 * {@code Authorization: Bearer <token>}.
 */
public final class AdminRoutes {
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final byte[] token;
  private final Inbox inbox;
  private final long maxBytes;

  public AdminRoutes(String token, Inbox inbox, long maxBytes) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.inbox = inbox;
    this.maxBytes = maxBytes;
  }

  /** The routes when ADMIN_TOKEN is set, else none: an open upload would let anyone change the index. */
  public static Optional<AdminRoutes> fromEnvironment(Path inboxDir) {
    String token = System.getenv("ADMIN_TOKEN");
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    String maxMb = System.getenv("MAX_UPLOAD_MB");
    long max = maxMb == null || maxMb.isBlank() ? DEFAULT_MAX_BYTES : Long.parseLong(maxMb.strip()) * 1024 * 1024;
    return Optional.of(new AdminRoutes(token.strip(), new Inbox(inboxDir), max));
  }

  public long maxBytes() {
    return maxBytes;
  }

  public void addDocument(Context ctx) throws IOException {
    if (!authorized(ctx)) {
      return;
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes + 1024 * 1024) { // refused before a byte of the body is read
      throw new UploadTooLargeException(maxBytes);
    }
    List<UploadedFile> uploads = ctx.uploadedFiles("file");
    if (uploads.size() != 1) {
      throw new BadRequestException(uploads.isEmpty()
          ? "file: upload the report as the multipart field 'file'"
          : "file: upload one report per request (got " + uploads.size() + ")");
    }
    String year = ctx.formParam("year");
    if (year == null || !year.strip().matches("(19|20)\\d\\d")) {
      throw new BadRequestException("year: needs a year such as 2025");
    }
    UploadedFile upload = uploads.get(0);
    Inbox.Request request = new Inbox.Request(null, blankToNull(ctx.formParam("region")),
        Integer.parseInt(year.strip()), blankToNull(ctx.formParam("kind")), blankToNull(ctx.formParam("title")),
        "true".equalsIgnoreCase(ctx.formParam("force")));
    String job;
    try (InputStream in = upload.content()) {
      job = inbox.receive(safeName(upload.filename()), in, maxBytes, request);
    } catch (Inbox.TooLargeException e) {
      throw new UploadTooLargeException(maxBytes);
    }
    ctx.status(HttpStatus.ACCEPTED).header("Location", "/api/admin/jobs/" + job).json(Map.of("job", job));
  }

  public void job(Context ctx) throws IOException {
    if (!authorized(ctx)) {
      return;
    }
    String id = ctx.pathParam("id");
    if (!Inbox.isJobId(id)) {
      throw new BadRequestException("id: '" + id + "' is not a job id (as answered by POST /api/admin/documents)");
    }
    ctx.json(inbox.status(id).orElseThrow(() -> new NotFoundException("no job " + id)));
  }

  /** 401 without a bearer token, 403 with a wrong one; compared in constant time. */
  private boolean authorized(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      ctx.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
          .json(new ApiError("unauthorized", "send Authorization: Bearer <ADMIN_TOKEN>"));
      return false;
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      ctx.status(HttpStatus.FORBIDDEN).json(new ApiError("forbidden", "wrong admin token"));
      return false;
    }
    return true;
  }

  /** Keeps the uploaded name (the indexer checks its extension against the content), made safe as a file name. */
  private static String safeName(String uploaded) {
    String name = uploaded == null ? "" : uploaded.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return name.isEmpty() || name.startsWith(".") ? "upload" + name : name;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Past the size limit: answered 413 naming the limit. */
  public static final class UploadTooLargeException extends RuntimeException {
    public UploadTooLargeException(long maxBytes) {
      super("file: larger than the upload limit of " + maxBytes / (1024 * 1024) + " MB");
    }
  }
}
