package se.regionsok.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index root: one folder per index version and a {@code CURRENT} file naming the one being
 * served. A new version is built beside the served one and made current by an atomic rename, so a
 * failed build never touches what is searchable.
 */
public final class IndexLayout {
  public static final String CURRENT = "CURRENT";
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

  /** Makes {@code version} the served one (atomic rename of the pointer file). */
  public void activate(String version) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, version + "\n");
    Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
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

  /** Deletes all versions but the current one and the {@code keep - 1} newest others. */
  public void prune(int keep) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    String current = currentVersion().orElse("");
    List<String> others;
    try (Stream<Path> dirs = Files.list(root)) {
      others = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("v") && !name.equals(current))
          .sorted(Comparator.reverseOrder()).toList();
    }
    for (String old : others.subList(Math.min(Math.max(keep - 1, 0), others.size()), others.size())) {
      delete(old);
    }
  }
}
