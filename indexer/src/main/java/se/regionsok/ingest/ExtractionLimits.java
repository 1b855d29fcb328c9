package se.regionsok.ingest;

import java.time.Duration;

/**
 * What one file's text extraction may use: the heap of its own JVM, the wall-clock time until that
 * JVM is killed, and the characters of text it may yield. A real report needs a fraction of each.
 */
public record ExtractionLimits(int heapMb, Duration timeLimit, int maxChars) {
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(384, Duration.ofSeconds(60), 20_000_000);

  public ExtractionLimits {
    if (heapMb < 64 || timeLimit.isNegative() || timeLimit.isZero() || maxChars < 1) {
      throw new IllegalArgumentException("extraction limits too small: " + heapMb + " MB, " + timeLimit
          + ", " + maxChars + " characters");
    }
  }

  /** "60 s", or "250 ms" below a second. */
  String describeTimeLimit() {
    return timeLimit.toMillis() < 1000 ? timeLimit.toMillis() + " ms" : timeLimit.toSeconds() + " s";
  }
}
