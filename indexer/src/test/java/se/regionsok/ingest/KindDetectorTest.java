package se.regionsok.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;

/** The detector names every bundled document's kind as the manifest does, OCR damage and all. */
class KindDetectorTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  @Test
  void recognisesTheBundledDocuments() throws IOException {
    KindDetector detector = new KindDetector();
    for (ManifestEntry entry : Manifest.read(CORPUS).documents()) {
      List<String> lines = Files.readAllLines(CORPUS.resolve(entry.file()));
      assertEquals(entry.kind(), detector.detect(lines), entry.file());
    }
  }

  @Test
  void anythingElseIsGeneric() {
    assertEquals(DocumentKind.GENERIC, new KindDetector().detect(List.of(
        "Verksamhetsplan 2025", "", "1. Inledning", "Regionen planerar nya satsningar.")));
  }
}
