package se.regionsok.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.regionsok.build.CorpusIndexer;
import se.regionsok.build.StandardPipeline;
import se.regionsok.corpus.Manifest;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;

/** Ingestion of real PDF and DOCX files into a copy of the corpus and a temporary index. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngesterTest {
  private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

  private TestIndex index;
  private Ingester ingester;

  @BeforeAll
  void serveAVersion() throws IOException {
    index = new TestIndex();
    ingester = new Ingester(new CorpusIndexer(index.corpus, index.layout, StandardPipeline.loader()), FileCheck.DEFAULT_MAX_BYTES);
    Path base = ReportFiles.pdf(index.file("base.pdf"), ReportFiles.report2024("Blekinge", 2024, 0));
    assertEquals(Ingester.Outcome.ADDED, ingestOne(request(base, "Blekinge")).outcome());
  }

  @AfterAll
  void cleanUp() {
    index.close();
  }

  @Test
  void tenPagePdfAndDocxReportsAreFoundWithRegionYearAndArea() throws IOException {
    List<String> kalmar = ReportFiles.report2024("Kalmar", 2025, 10);
    Path pdf = ReportFiles.pdf(index.file("kalmar-2025.pdf"), kalmar);
    Path docx = ReportFiles.docx(index.file("gotland-2025.docx"), ReportFiles.report2024("Gotland", 2025, 10));

    long start = System.nanoTime();
    Ingester.FileResult pdfResult = ingestOne(request(pdf, "Region Kalmar län"));
    long pdfMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    Ingester.FileResult docxResult = ingestOne(request(docx, "Gotland"));
    long docxMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("ingest timing: PDF (%d pages) %d ms, DOCX %d ms, each publishing a version that reuses the other documents' records%n",
        pageCount(pdf), pdfMillis, docxMillis);

    assertEquals(Ingester.Outcome.ADDED, pdfResult.outcome(), pdfResult.message());
    assertEquals(Ingester.Outcome.ADDED, docxResult.outcome(), docxResult.message());
    assertEquals("Kalmar", pdfResult.entry().region());
    assertTrue(Files.isRegularFile(index.corpus.resolve(pdfResult.entry().file())), "text stored");
    assertTrue(Files.isRegularFile(index.corpus.resolve("originals")
        .resolve(Path.of(pdfResult.entry().file()).getFileName().toString().replace(".txt", ".pdf"))), "original kept");
    assertTrue(Files.readString(index.corpus.resolve(pdfResult.entry().file()), StandardCharsets.UTF_8)
        .contains("Kompetensförsörjning och kompetensutveckling"), "Swedish text stored as UTF-8");

    List<Record> innovation = index.search(ReportFiles.INNOVATION_MARKER);
    assertRecord(innovation, "Kalmar", PolicyArea.INNOVATION_FORETAGANDE);
    assertRecord(innovation, "Gotland", PolicyArea.INNOVATION_FORETAGANDE);
    assertRecord(index.search(ReportFiles.SKILLS_MARKER), "Kalmar", PolicyArea.KOMPETENSFORSORJNING);
    assertRecord(index.search(ReportFiles.SKILLS_MARKER), "Gotland", PolicyArea.KOMPETENSFORSORJNING);
  }

  @Test
  void theSameFileTwiceChangesNothing() throws IOException {
    Path docx = ReportFiles.docx(index.file("uppsala.docx"), ReportFiles.report2024("Uppsala", 2025, 1));
    assertEquals(Ingester.Outcome.ADDED, ingestOne(request(docx, "Uppsala")).outcome());
    String version = index.version();
    int records = index.records();
    int entries = Manifest.read(index.corpus).documents().size();

    Ingester.FileResult again = ingestOne(request(docx, "Uppsala"));

    assertEquals(Ingester.Outcome.UNCHANGED, again.outcome());
    assertTrue(again.message().contains("already in the corpus"), again.message());
    assertEquals(version, index.version());
    assertEquals(records, index.records());
    assertEquals(entries, Manifest.read(index.corpus).documents().size());
  }

  @Test
  void emptyFile() throws IOException {
    Path empty = Files.write(index.file("tom.docx"), new byte[0]);
    assertRejected(request(empty, "Skåne"), "tom.docx: the file is empty");
  }

  @Test
  void corruptPdf() throws IOException {
    byte[] garbage = new byte[4000];
    new Random(8).nextBytes(garbage);
    Path corrupt = index.file("trasig.pdf");
    Files.write(corrupt, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(corrupt, garbage, java.nio.file.StandardOpenOption.APPEND);
    assertRejected(request(corrupt, "Skåne"), "trasig.pdf: corrupt or unreadable application/pdf");
  }

  @Test
  void encryptedPdf() throws IOException {
    Path locked = ReportFiles.encryptedPdf(index.file("lost.pdf"), ReportFiles.report2024("Skåne", 2025, 0));
    assertRejected(request(locked, "Skåne"), "lost.pdf: encrypted or password protected");
  }

  @Test
  void tooLargeFile() throws IOException {
    Path pdf = ReportFiles.pdf(index.file("stor.pdf"), ReportFiles.report2024("Skåne", 2025, 4));
    Ingester small = new Ingester(new CorpusIndexer(index.corpus, index.layout, StandardPipeline.loader()), 4 * 1024);
    String version = index.version();
    int records = index.records();
    Ingester.FileResult result = small.ingest(List.of(request(pdf, "Skåne")), "test", QUIET).files().get(0);
    assertEquals(Ingester.Outcome.REJECTED, result.outcome());
    assertTrue(result.message().startsWith("stor.pdf: too large:"), result.message());
    assertEquals(version, index.version());
    assertEquals(records, index.records());
  }

  @Test
  void imageOnlyPdfNeedsOcr() throws IOException {
    Path scan = ReportFiles.imageOnlyPdf(index.file("skannad.pdf"), 2);
    assertRejected(request(scan, "Skåne"), "skannad.pdf: no text layer in its 2 page(s)");
  }

  @Test
  void wordFileNamedPdf() throws IOException {
    Path misnamed = ReportFiles.docx(index.file("rapport.pdf"), ReportFiles.report2024("Skåne", 2025, 0));
    assertRejected(request(misnamed, "Skåne"), "rapport.pdf: named as application/pdf but the content is "
        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void englishTextNeedsForce() throws IOException {
    Path english = ReportFiles.docx(index.file("annual-report.docx"), ReportFiles.english());
    assertRejected(request(english, "Halland"), "annual-report.docx: the text is not Swedish (detected: English");

    IngestRequest forced = new IngestRequest(english, "Halland", 2025, null, null, true);
    Ingester.FileResult result = ingestOne(forced);
    assertEquals(Ingester.Outcome.ADDED, result.outcome(), result.message());
    assertEquals("generic", result.entry().kind());
  }

  @Test
  void aBatchGoesOnPastABadFile() throws IOException {
    Path empty = Files.write(index.file("tom2.pdf"), new byte[0]);
    Path good = ReportFiles.pdf(index.file("dalarna.pdf"), ReportFiles.report2024("Dalarna", 2025, 0));
    Path missing = index.file("finns-inte.pdf");
    Ingester.Result result = ingester.ingest(
        List.of(request(empty, "Dalarna"), request(missing, "Dalarna"), request(good, "Dalarna")), "test", QUIET);
    assertFalse(result.allAccepted());
    assertTrue(result.files().stream().anyMatch(f -> f.message().equals("finns-inte.pdf: file not found")));
    assertEquals(1, result.files().stream().filter(f -> f.outcome() == Ingester.Outcome.ADDED).count());
    assertRecord(index.search(ReportFiles.INNOVATION_MARKER), "Dalarna", PolicyArea.INNOVATION_FORETAGANDE);
  }

  @Test
  void aDocumentThatNoLongerReadsKeepsItsServedRecords() throws IOException {
    Path pdf = ReportFiles.pdf(index.file("jonkoping.pdf"), ReportFiles.report2024("Jönköping", 2025, 0));
    Ingester.FileResult added = ingestOne(request(pdf, "Jönköping"));
    int records = index.records();
    String version = index.version();
    Files.writeString(index.corpus.resolve(added.entry().file()), ""); // now it has no records

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    new CorpusIndexer(index.corpus, index.layout, StandardPipeline.loader())
        .indexCorpus("test", false, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertEquals(version, index.version(), "nothing new could be read, so the served version stays");
    assertEquals(records, index.records());
    assertRecord(index.search(ReportFiles.INNOVATION_MARKER), "Jönköping", PolicyArea.INNOVATION_FORETAGANDE);
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("KEPT    " + added.entry().file()), log.toString(StandardCharsets.UTF_8));
  }

  private void assertRejected(IngestRequest request, String messageStart) throws IOException {
    String version = index.version();
    int records = index.records();
    int entries = Manifest.read(index.corpus).documents().size();
    Ingester.Result result = ingester.ingest(List.of(request), "test", QUIET);
    Ingester.FileResult file = result.files().get(0);
    assertEquals(Ingester.Outcome.REJECTED, file.outcome(), file.message());
    assertTrue(file.message().startsWith(messageStart), file.message());
    assertEquals(version, index.version(), "the served version stays");
    assertEquals(records, index.records(), "no record lost or added");
    assertEquals(entries, Manifest.read(index.corpus).documents().size(), "manifest unchanged");
  }

  private Ingester.FileResult ingestOne(IngestRequest request) throws IOException {
    return ingester.ingest(List.of(request), "test", QUIET).files().get(0);
  }

  private static IngestRequest request(Path file, String region) {
    return new IngestRequest(file, region, 2025, null, null, false);
  }

  private static void assertRecord(List<Record> found, String region, PolicyArea area) {
    assertTrue(found.stream().anyMatch(r -> r.region().equals(region) && r.year() == 2025
            && r.area().contains(area.label())),
        "no " + region + " 2025 record in " + area.label() + " among " + found.stream()
            .map(r -> r.region() + " " + r.year() + " " + r.area()).toList());
  }

  private static int pageCount(Path pdf) throws IOException {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }
}
