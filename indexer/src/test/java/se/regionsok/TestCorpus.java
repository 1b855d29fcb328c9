package se.regionsok;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.repair.RepairPolicy;
import se.regionsok.repair.TextRepair;

/** The real corpus documents for tests, read once per JVM. */
public final class TestCorpus {
  private static final Path CORPUS = Path.of("../corpus");
  private static List<CorpusDocument> documents;
  private static TextRepair repair;

  private TestCorpus() {}

  public static synchronized List<CorpusDocument> documents() {
    if (documents == null) {
      documents = Manifest.read(CORPUS).documents().stream().map(TestCorpus::load).toList();
    }
    return documents;
  }

  /** The document whose file name starts with {@code prefix} ("000", "001" …). */
  public static CorpusDocument document(String prefix) {
    return documents().stream().filter(d -> d.fileName().startsWith(prefix)).findFirst()
        .orElseThrow();
  }

  public static synchronized TextRepair repair() {
    if (repair == null) {
      repair = new TextRepair(RepairPolicy.forCorpus(documents()));
    }
    return repair;
  }

  public static CorpusDocument repaired(String prefix) {
    return repair().repair(document(prefix));
  }

  private static CorpusDocument load(ManifestEntry entry) {
    try {
      return new CorpusDocument(entry, Files.readAllLines(CORPUS.resolve(entry.file())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
