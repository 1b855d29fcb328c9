package se.regionsok.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import se.regionsok.analysis.SwedishAnalyzers;
import se.regionsok.corpus.Sha256;
import se.regionsok.record.Record;

/**
 * What the records of a document depend on besides its text: the code and data of the readers,
 * repair, enrichers, analysis and schema, and the versions of the libraries they run on. Records
 * built under another fingerprint are read again, so a changed reader never serves stale records,
 * and nobody has to remember to bump a version number.
 */
final class PipelineFingerprint {
  private static final List<Class<?>> OWN_CODE = List.of(PipelineFingerprint.class, SwedishAnalyzers.class, Record.class);
  private static volatile String current;

  private PipelineFingerprint() {}

  static String current() {
    if (current == null) {
      current = compute();
    }
    return current;
  }

  private static String compute() {
    MessageDigest digest = Sha256.digest();
    try {
      for (Class<?> type : OWN_CODE) {
        hashLocation(digest, location(type));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the indexer's own code", e);
    }
    // library versions are in the jar names (Lucene, hunspell dictionary, Jackson …)
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      digest.update(Path.of(entry).getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
  }

  private static Path location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unexpected code location " + source.getLocation(), e);
    }
  }

  /** A jar is hashed whole; a classes folder (builds and tests) file by file, in name order. */
  private static void hashLocation(MessageDigest digest, Path location) throws IOException {
    if (Files.isRegularFile(location)) {
      Sha256.update(digest, location);
      return;
    }
    try (Stream<Path> files = Files.walk(location)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(location.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Sha256.update(digest, file);
      }
    }
  }
}
