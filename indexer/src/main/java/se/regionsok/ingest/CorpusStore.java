package se.regionsok.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.corpus.ManifestEntry;

/**
 * Where an added document lives in the corpus folder: its text as
 * {@code documents/NNN_<sha256 prefix>.txt} (the bundled documents' naming) and the file as given
 * under {@code originals/} with the same stem.
 */
final class CorpusStore {
  static final String DOCUMENTS = "documents";
  static final String ORIGINALS = "originals";
  private static final Pattern NUMBERED_FILE = Pattern.compile("(?:^|/)(\\d{3,})_[^/]*$");

  private final Path corpusDir;

  CorpusStore(Path corpusDir) {
    this.corpusDir = corpusDir;
  }

  Path corpusDir() {
    return corpusDir;
  }

  static Optional<ManifestEntry> withSha256(List<ManifestEntry> entries, String sha256) {
    return entries.stream().filter(e -> sha256.equals(e.sha256())).findFirst();
  }

  /** The entry an added file gets: a fresh id and file number after every entry in {@code entries}. */
  static ManifestEntry newEntry(List<ManifestEntry> entries, String sha256, String title,
      String region, int year, String kind, String publisher) {
    int number = entries.stream().map(e -> NUMBERED_FILE.matcher(e.file()))
        .filter(Matcher::find).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(-1) + 1;
    String file = String.format(Locale.ROOT, "%s/%03d_%s.txt", DOCUMENTS, number, sha256.substring(0, 16));
    String base = slug(region == null ? publisher : region) + "-" + year;
    String id = base;
    for (int n = 2; idTaken(entries, id); n++) {
      id = base + "-" + n;
    }
    return new ManifestEntry(id, file, title, region, year, kind, publisher, sha256);
  }

  /** The files {@link #stage} writes, relative to the corpus folder. */
  List<String> files(ManifestEntry entry, Path original) {
    return List.of(entry.file(), corpusDir.relativize(originalOf(entry, original)).toString());
  }

  /** Writes the text and copies the original; undone by {@link #discard}. */
  void stage(ManifestEntry entry, String text, Path original) throws IOException {
    Path textFile = corpusDir.resolve(entry.file());
    Files.createDirectories(textFile.getParent());
    Files.writeString(textFile, text, StandardCharsets.UTF_8);
    Path originalFile = originalOf(entry, original);
    Files.createDirectories(originalFile.getParent());
    Files.copy(original, originalFile, StandardCopyOption.REPLACE_EXISTING);
  }

  void discard(ManifestEntry entry, Path original) {
    try {
      Files.deleteIfExists(corpusDir.resolve(entry.file()));
      Files.deleteIfExists(originalOf(entry, original));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the staged files of " + entry.id(), e);
    }
  }

  private Path originalOf(ManifestEntry entry, Path original) {
    String stem = Path.of(entry.file()).getFileName().toString().replaceFirst("\\.txt$", "");
    String name = original.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    return corpusDir.resolve(ORIGINALS).resolve(stem + extension);
  }

  private static boolean idTaken(List<ManifestEntry> entries, String id) {
    return entries.stream().anyMatch(e -> e.id().equals(id));
  }

  private static String slug(String name) {
    String ascii = Normalizer.normalize(name == null ? "dokument" : name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
