package se.regionsok.schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the server hands uploaded documents to the indexer. The server never parses a document: it
 * streams the upload into {@code <id>.part/}, writes its request and a {@code queued} status, and
 * renames the folder to {@code <id>/}, so the indexer only ever sees complete jobs. The indexer
 * writes the status as it goes ({@code running}, then {@code done} or {@code failed}); the server
 * answers {@code GET /api/admin/jobs/{id}} from it.
 */
public final class Inbox {
  public static final String QUEUED = "queued";
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";

  private static final String PARTIAL = ".part";
  private static final String REQUEST = "request.json";
  private static final String STATUS = "status.json";
  private static final Pattern JOB_ID = Pattern.compile("j\\d{8}T\\d{6}-[0-9a-f]{8}");
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the uploader asked for: the stored file's name and the fields of the form. */
  public record Request(String file, String region, int year, String kind, String title, boolean force) {}

  /** A job's state as the API shows it; {@code records} is the number of records added. */
  public record Status(String job, String status, String message, int records) {}

  /** The upload was larger than the limit; nothing of it is kept. */
  public static final class TooLargeException extends IOException {
    public TooLargeException(long maxBytes) {
      super("the file is larger than the limit of " + maxBytes / (1024 * 1024) + " MB");
    }
  }

  private final Path root;
  private final Clock clock;

  public Inbox(Path root) {
    this(root, Clock.systemUTC());
  }

  Inbox(Path root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  public Path root() {
    return root;
  }

  /** Whether {@code id} has the shape of a job id (anything else is a bad request, not a lookup). */
  public static boolean isJobId(String id) {
    return id != null && JOB_ID.matcher(id).matches();
  }

  /**
   * Streams {@code content} into a new job, stopping as soon as it passes {@code maxBytes}, and
   * hands the job over complete. Returns the job id.
   */
  public String receive(String fileName, InputStream content, long maxBytes, Request request) throws IOException {
    Files.createDirectories(root);
    String id = "j" + ID_TIME.format(clock.instant()) + "-" + HexFormat.of().toHexDigits(RANDOM.nextInt());
    Path partial = root.resolve(id + PARTIAL);
    Files.createDirectory(partial);
    try {
      copyAtMost(content, partial.resolve(fileName), maxBytes);
      writeJson(partial.resolve(REQUEST), new Request(fileName, request.region(), request.year(),
          request.kind(), request.title(), request.force()));
      writeJson(partial.resolve(STATUS), new Status(id, QUEUED, "waiting for the indexer", 0));
      Files.move(partial, root.resolve(id), StandardCopyOption.ATOMIC_MOVE);
      return id;
    } catch (IOException | RuntimeException e) {
      deleteTree(partial);
      throw e;
    }
  }

  private static void copyAtMost(InputStream in, Path target, long maxBytes) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new TooLargeException(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    }
  }

  public Optional<Status> status(String id) throws IOException {
    if (!isJobId(id)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(root.resolve(id).resolve(STATUS).toFile(), Status.class));
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Records a job's new state; written whole and renamed, so a reader never sees half of it. */
  public void setStatus(String id, String status, String message, int records) throws IOException {
    writeJson(root.resolve(id).resolve(STATUS), new Status(id, status, message, records));
  }

  public Request request(String id) throws IOException {
    return JSON.readValue(root.resolve(id).resolve(REQUEST).toFile(), Request.class);
  }

  /** The uploaded file of a job. */
  public Path file(String id) throws IOException {
    return root.resolve(id).resolve(request(id).file());
  }

  /** Jobs not finished yet (queued, or running when a crashed indexer left them), oldest first. */
  public List<String> unfinished() throws IOException {
    List<String> ids = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return ids;
    }
    try (DirectoryStream<Path> jobs = Files.newDirectoryStream(root, p -> isJobId(p.getFileName().toString()))) {
      for (Path job : jobs) {
        String id = job.getFileName().toString();
        if (status(id).map(Inbox::unfinished).orElse(false)) {
          ids.add(id);
        }
      }
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  /** Removes the uploaded file of a finished job (its status stays for the API). */
  public void discardUpload(String id) throws IOException {
    Files.deleteIfExists(file(id));
  }

  /**
   * Removes uploads a crashed server left half-received, and finished jobs older than
   * {@code keepFinished}.
   */
  public void clean(Duration keepFinished) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    Instant oldest = clock.instant().minus(keepFinished);
    try (Stream<Path> entries = Files.list(root)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        boolean stale = Files.getLastModifiedTime(entry).toInstant().isBefore(oldest);
        if (name.endsWith(PARTIAL) && stale) {
          deleteTree(entry);
        } else if (isJobId(name) && stale && status(name).map(Inbox::unfinished).map(u -> !u).orElse(true)) {
          deleteTree(entry);
        }
      }
    }
  }

  private static boolean unfinished(Status status) {
    return status.status().equals(QUEUED) || status.status().equals(RUNNING);
  }

  private static void writeJson(Path target, Object value) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), value);
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
