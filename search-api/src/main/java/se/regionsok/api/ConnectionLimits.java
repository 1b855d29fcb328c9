package se.regionsok.api;

import java.time.Duration;

/**
 * What clients may hold of the server. {@code maxRequests} requests are handled at once and up to
 * {@code maxQueued} more wait at most {@code maxQueueWait}; past that a request is answered 503
 * with {@code Retry-After}. A connection is closed when idle for {@code idleTimeout}, or when a
 * request's headers have not all arrived within {@code headerTimeout} (a client sending a byte
 * every few seconds never looks idle).
 */
public record ConnectionLimits(int maxRequests, int maxQueued, Duration maxQueueWait, Duration idleTimeout,
    Duration headerTimeout, Duration retryAfter) {
  public static final ConnectionLimits DEFAULT = new ConnectionLimits(64, 128, Duration.ofSeconds(5),
      Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(2));

  /** The defaults, with MAX_REQUESTS from the environment when set. */
  public static ConnectionLimits fromEnvironment() {
    String max = System.getenv("MAX_REQUESTS");
    return max == null || max.isBlank() ? DEFAULT : new ConnectionLimits(Integer.parseInt(max.strip()),
        DEFAULT.maxQueued(), DEFAULT.maxQueueWait(), DEFAULT.idleTimeout(), DEFAULT.headerTimeout(),
        DEFAULT.retryAfter());
  }
}
