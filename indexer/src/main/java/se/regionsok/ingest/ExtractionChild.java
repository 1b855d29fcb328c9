package se.regionsok.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code ExtractionChild FILE TYPE MAX_CHARS TIME_LIMIT_MS OUT}: extracts one file's text in a JVM
 * of its own and writes the {@link Outcome} as JSON to OUT. {@link TextExtractor} starts one per
 * file with a small heap, so a file that exhausts memory or time takes down only this process.
 */
public final class ExtractionChild {
  /** The parent kills a child past its time limit; this is for a child whose parent died. */
  private static final long ORPHAN_GRACE_MS = 5_000;

  /** What the parent reads: the text, or why the file was refused. */
  record Outcome(TextExtractor.Extracted extracted, String rejection) {}

  private ExtractionChild() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    String type = args[1];
    int maxChars = Integer.parseInt(args[2]);
    long timeLimitMs = Long.parseLong(args[3]);
    Path out = Path.of(args[4]);
    haltAfter(timeLimitMs + ORPHAN_GRACE_MS);
    ZipBombCheck.limitPoi(maxChars);
    Outcome outcome;
    try {
      outcome = new Outcome(new TikaExtraction(maxChars).extract(file, type), null);
    } catch (RejectedFileException e) {
      outcome = new Outcome(null, e.reason());
    } catch (Throwable e) { // a parser's bug, e.g. a StackOverflowError; OutOfMemoryError exits the JVM instead
      outcome = new Outcome(null, "text extraction failed: " + e);
    }
    new ObjectMapper().writeValue(out.toFile(), outcome);
  }

  private static void haltAfter(long millis) {
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(millis);
        Runtime.getRuntime().halt(TextExtractor.TIMED_OUT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "extraction-time-limit");
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
