package se.regionsok.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through real child JVMs: each is refused with its cause, in bounded time, without
 * the heap of this (the parent) JVM growing, and the same extractor reads a normal file after them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TextExtractorTest {
  private static final MediaType DOCX =
      MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
  private static final MediaType PDF = MediaType.application("pdf");
  private static final Duration BOUND = Duration.ofSeconds(90);
  /** What the parent may allocate while a child works: a process handle and a small JSON answer. */
  private static final long PARENT_HEAP_GROWTH_BYTES = 64L * 1024 * 1024;

  private final TextExtractor extractor = new TextExtractor();

  @TempDir
  Path dir;

  @Test
  @Order(1)
  void zipBombDocxIsRefusedAsAZipBomb() throws IOException {
    Path bomb = HostileFiles.zipBombDocx(dir.resolve("bomb.docx"), 300);
    assertTrue(Files.size(bomb) < 10 * 1024 * 1024, "a few MB on disk: " + Files.size(bomb));

    RejectedFileException e = refused(() -> extractor.extract(bomb, DOCX));

    assertEquals("the file is a zip bomb: its part word/document.xml expands to more than 32 MB", e.reason());
  }

  @Test
  @Order(2)
  void tenThousandPagePdfPastTheCharacterLimitIsRefusedAsTooMuchText() throws IOException {
    Path pdf = HostileFiles.manyPagePdf(dir.resolve("tiotusen.pdf"), 10_000);
    TextExtractor capped = new TextExtractor(new ExtractionLimits(384, Duration.ofSeconds(60), 300_000));

    RejectedFileException e = refused(() -> capped.extract(pdf, PDF));

    assertTrue(e.reason().startsWith("too much text (over 300,000 characters)"), e.reason());
  }

  @Test
  @Order(3)
  void corruptPdfIsRefusedAsCorrupt() throws IOException {
    byte[] garbage = new byte[64 * 1024];
    new Random(8).nextBytes(garbage);
    Path corrupt = dir.resolve("trasig.pdf");
    Files.write(corrupt, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(corrupt, garbage, java.nio.file.StandardOpenOption.APPEND);

    RejectedFileException e = refused(() -> extractor.extract(corrupt, PDF));

    assertTrue(e.reason().startsWith("corrupt or unreadable application/pdf: "), e.reason());
  }

  @Test
  @Order(4)
  void childPastItsHeapIsRefusedAsOutOfMemory() throws IOException {
    Path text = dir.resolve("lång.txt");
    try (Writer out = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 600_000; i++) { // 30 MB of text: its 15 million characters do not fit in 64 MB as UTF-16
        out.write("Regionen har arbetat med kompetensförsörjning i länet. ");
      }
    }
    TextExtractor small = new TextExtractor(new ExtractionLimits(64, Duration.ofSeconds(60), 20_000_000));

    RejectedFileException e = refused(() -> small.extract(text, MediaType.TEXT_PLAIN));

    assertTrue(e.reason().startsWith("text extraction ran out of memory (limit 64 MB)"), e.reason());
  }

  @Test
  @Order(5)
  void childPastItsTimeLimitIsKilled() throws IOException {
    Path docx = ReportFiles.docx(dir.resolve("gotland.docx"), ReportFiles.report2024("Gotland", 2025, 0));
    TextExtractor hasty = new TextExtractor(new ExtractionLimits(384, Duration.ofMillis(100), 20_000_000));

    long start = System.nanoTime();
    RejectedFileException e = refused(() -> hasty.extract(docx, DOCX));

    assertTrue(e.reason().startsWith("text extraction took longer than 100 ms"), e.reason());
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "killed, not waited for");
  }

  @Test
  @Order(6)
  void normalDocxPdfAndHtmlStillExtractAfterTheHostileFiles() throws Exception {
    List<String> report = ReportFiles.report2024("Kalmar", 2025, 1);
    Path docx = ReportFiles.docx(dir.resolve("kalmar.docx"), report);
    Path pdf = ReportFiles.pdf(dir.resolve("kalmar.pdf"), report);
    Path html = Files.writeString(dir.resolve("kalmar.html"), "<html><head><title>Årsrapport Region Kalmar 2025"
        + "</title></head><body><p>" + String.join("</p><p>", report) + "</p></body></html>");

    for (Path file : List.of(docx, pdf, html)) {
      MediaType type = file == docx ? DOCX : file == pdf ? PDF : MediaType.text("html");
      TextExtractor.Extracted extracted = withinBound(() -> extractor.extract(file, type));
      assertTrue(extracted.text().contains("2. Kompetensförsörjning och kompetensutveckling\n"), file + ": " + extracted.text());
      assertTrue(extracted.text().contains(ReportFiles.INNOVATION_MARKER), file.toString());
      assertTrue(extracted.text().endsWith("prioriteringar.\n"), file.toString());
      if (file == html) {
        assertEquals("Årsrapport Region Kalmar 2025", extracted.title());
      }
    }
  }

  /** Refused within the bound, and the parent's heap did not grow while the child worked. */
  private static RejectedFileException refused(Executable extraction) {
    RejectedFileException[] refusal = new RejectedFileException[1];
    withinBound(() -> {
      refusal[0] = assertThrows(RejectedFileException.class, extraction);
      return null;
    });
    System.out.println("refused: " + refusal[0].getMessage());
    return refusal[0];
  }

  private interface Extraction<T> {
    T run() throws Exception;
  }

  private static <T> T withinBound(Extraction<T> extraction) {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long usedBefore = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    long start = System.nanoTime();
    T result;
    try {
      result = extraction.run();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    long peakGrowth = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - usedBefore;
    System.out.printf("  in %d ms, parent heap peak +%d MB%n", took.toMillis(), peakGrowth / (1024 * 1024));
    assertTrue(took.compareTo(BOUND) < 0, "took " + took);
    assertTrue(peakGrowth < PARENT_HEAP_GROWTH_BYTES, "the parent's heap grew by " + peakGrowth + " bytes");
    return result;
  }
}
