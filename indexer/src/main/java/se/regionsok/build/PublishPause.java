package se.regionsok.build;

/**
 * Fault injection for the crash tests: with {@code REGIONSOK_PAUSE_AT=<point>} in its environment
 * a writer announces the point on standard error and stops there, so a test can kill -9 it at an
 * exact step of a publication. Without the variable it does nothing.
 */
final class PublishPause {
  private static final String POINT = System.getenv("REGIONSOK_PAUSE_AT");

  private PublishPause() {}

  static void at(String point) {
    if (point.equals(POINT)) {
      System.err.println("PAUSED at " + point);
      System.err.flush();
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
