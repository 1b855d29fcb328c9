package se.regionsok.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index root: one folder per index version and a {@code CURRENT} file naming the one being
 * served. A new version is built beside the served one, marked committed when whole, and made
 * current by an atomic rename, so a failed or killed build never touches what is searchable.
 */
public final class IndexLayout {
  public static final String CURRENT = "CURRENT";
  /** In a version folder: the manifest of the corpus it was built from. */
  public static final String VERSION_MANIFEST = "manifest.json";
  /** In a version folder: what each document's records were built from (for reusing them). */
  public static final String BUILD_INFO = "build.json";
  private static final String COMMITTED = "COMMITTED";
  private static final DateTimeFormatter VERSION_FORMAT =
      DateTimeFormatter.ofPattern("'v'yyyyMMdd'T'HHmmss.SSS").withZone(ZoneOffset.UTC);

  private final Path root;
  private final Clock clock;

  public IndexLayout(Path root) {
    this(root, Clock.systemUTC());
  }

  public IndexLayout(Path root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  public Path root() {
    return root;
  }

  /** The version being served, if any. */
  public Optional<String> currentVersion() {
    Path current = root.resolve(CURRENT);
    if (!Files.isRegularFile(current)) {
      return Optional.empty();
    }
    try {
      String version = Files.readString(current).trim();
      return version.isEmpty() || !Files.isDirectory(root.resolve(version))
          ? Optional.empty() : Optional.of(version);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** When {@code version} was created, from its name (the names of this layout's versions hold it). */
  public static Optional<java.time.Instant> createdAt(String version) {
    try {
      return Optional.of(VERSION_FORMAT.parse(version.substring(0, Math.min(version.length(), 20)),
          java.time.Instant::from));
    } catch (RuntimeException notOurName) {
      return Optional.empty();
    }
  }

  public Path directory(String version) {
    return root.resolve(version);
  }

  /** A fresh, empty folder for a new version; its name sorts after every earlier version. */
  public String createVersion() throws IOException {
    Files.createDirectories(root);
    String version = VERSION_FORMAT.format(clock.instant());
    while (Files.exists(root.resolve(version))) {
      version = version + "x";
    }
    Files.createDirectory(root.resolve(version));
    return version;
  }

  /**
   * Makes {@code version} the served one: the atomic rename of the pointer file is the single
   * commit point of a publication, made durable before this returns.
   */
  public void activate(String version) throws IOException {
    if (!isCommitted(version)) {
      throw new IllegalStateException("version " + version + " is not committed");
    }
    Path tmp = root.resolve(CURRENT + ".tmp");
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap((version + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      channel.force(true);
    }
    Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    syncDirectory(root);
  }

  /** Marks a version folder as whole: written last, after the index commit and the version's manifest. */
  public void markCommitted(String version) throws IOException {
    Path dir = root.resolve(version);
    Files.writeString(dir.resolve(COMMITTED), version + "\n");
    syncDirectory(dir);
  }

  /** Whether a file of a version folder is the layout's own (not Lucene's). */
  public static boolean isLayoutFile(String name) {
    return name.equals(COMMITTED) || name.equals(VERSION_MANIFEST) || name.equals(BUILD_INFO);
  }

  /** Whether {@code version} was written to the end (a crashed build leaves a folder without the mark). */
  public boolean isCommitted(String version) {
    return Files.isRegularFile(root.resolve(version).resolve(COMMITTED));
  }

  /** Deletes a version folder that is not current (a failed build, or an old version). */
  public void delete(String version) throws IOException {
    if (currentVersion().filter(version::equals).isPresent()) {
      throw new IllegalArgumentException("refusing to delete the current index version " + version);
    }
    Path dir = root.resolve(version);
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Keeps the current version and the newest committed one before it (the last good version to go
   * back to) and deletes every other folder: older versions and what crashed or failed builds left.
   * Only the one writer may call it, since a folder being written looks like a leftover.
   * Returns the deleted versions.
   */
  public List<String> clean() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    String current = currentVersion().orElse(null);
    List<String> versions = versions();
    String fallback = versions.stream()
        .filter(v -> !v.equals(current) && isCommitted(v) && (current == null || v.compareTo(current) < 0))
        .max(Comparator.naturalOrder()).orElse(null);
    List<String> deleted = new java.util.ArrayList<>();
    for (String version : versions) {
      if (!version.equals(current) && !version.equals(fallback)) {
        delete(version);
        deleted.add(version);
      }
    }
    Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
    return deleted;
  }

  /** The version folders, oldest first. */
  public List<String> versions() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("v")).sorted().toList();
    }
  }

  /** Makes a rename or a new file in {@code dir} durable (a crash after it cannot undo it). */
  public static void syncDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
