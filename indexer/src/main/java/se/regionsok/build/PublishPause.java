package se.regionsok.build;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fault injection for the crash tests: with {@code REGIONSOK_PAUSE_AT=<point>} in its environment
 * a writer announces the point on standard error and waits there, so a test can kill -9 it at an
 * exact step of a publication, or change the world (fill a disk) and let it go on by creating the
 * file {@code REGIONSOK_RESUME_FILE}. Without the variable it does nothing.
 */
public final class PublishPause {
  private static final String POINT = System.getenv("REGIONSOK_PAUSE_AT");
  private static final String RESUME_FILE = System.getenv("REGIONSOK_RESUME_FILE");

  private PublishPause() {}

  public static void at(String point) {
    if (!point.equals(POINT)) {
      return;
    }
    System.err.println("PAUSED at " + point);
    System.err.flush();
    try {
      while (RESUME_FILE == null || !Files.exists(Path.of(RESUME_FILE))) {
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
