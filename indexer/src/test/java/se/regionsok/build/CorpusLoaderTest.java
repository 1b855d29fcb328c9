package se.regionsok.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;

/** A broken document is reported and skipped; the rest of the corpus is read. */
class CorpusLoaderTest {
  @TempDir Path corpus;

  @Test
  void brokenDocumentsAreReportedAndTheRestIsRead() throws IOException {
    Files.createDirectories(corpus.resolve("documents"));
    Files.copy(Path.of("../corpus/documents/003_6ff1fea56741f8c8.txt"),
        corpus.resolve("documents/003.txt"));
    Files.write(corpus.resolve("documents/binary.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2});
    Files.writeString(corpus.resolve("documents/prose.txt"), "Bara en rad utan rubriker.\n");
    new Manifest(List.of(
        entry("appendix", "documents/003.txt", "table-appendix", null),
        entry("missing", "documents/missing.txt", "report-2024", "Kalmar"),
        entry("binary", "documents/binary.txt", "report-2024", "Kalmar"),
        entry("wrong-kind", "documents/prose.txt", "table-appendix", null),
        entry("unknown-kind", "documents/prose.txt", "memo", "Kalmar"))).write(corpus);

    CorpusLoader.Result result = StandardPipeline.loader().load(corpus);

    assertEquals(659, result.records().size(), "the table appendix is read in full");
    List<DocumentReport> reports = result.reports();
    assertEquals(5, reports.size());
    assertNull(reports.stream().filter(r -> r.file().equals("documents/003.txt")).findFirst().orElseThrow().error());
    assertTrue(error(reports, "documents/missing.txt").startsWith("file not found"), reports.toString());
    assertEquals("not UTF-8 text", error(reports, "documents/binary.txt"));
    assertTrue(reports.stream().filter(r -> r.file().equals("documents/prose.txt"))
        .allMatch(r -> r.failed()), reports.toString());
    assertTrue(reports.stream().anyMatch(r -> r.failed() && r.error().contains("no reader for document kind 'memo'")));
  }

  private static String error(List<DocumentReport> reports, String file) {
    return reports.stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow().error();
  }

  private static ManifestEntry entry(String id, String file, String kind, String region) {
    return new ManifestEntry(id, file, id, region, 2023, kind, "test", null);
  }
}
