package se.regionsok.api;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.CrossOriginHandler;

/**
 * CORS by Jetty's CrossOriginHandler: a listed origin gets the CORS headers and its preflight
 * (OPTIONS) answered; any other origin gets the answer without them, so its browser withholds it.
 */
final class CrossOrigin {
  private CrossOrigin() {}

  /** @param origins as in CORS_ORIGINS: exact origins, or "*" for any */
  static Handler.Wrapper handler(List<String> origins, Handler next) {
    CrossOriginHandler cors = new CrossOriginHandler();
    cors.setAllowedOriginPatterns(origins.stream()
        .map(origin -> origin.equals("*") ? ".*" : Pattern.quote(origin))
        .collect(Collectors.toSet()));
    cors.setAllowedMethods(Set.of("GET", "HEAD", "POST"));
    cors.setAllowedHeaders(Set.of("Content-Type", "If-None-Match", "Authorization"));
    cors.setExposedHeaders(Set.of("ETag", "Retry-After", ExportRoutes.SIMPLIFIED_HEADER,
        ExportRoutes.UNDERSTOOD_HEADER, ExportRoutes.CORRECTED_HEADER));
    cors.setPreflightMaxAge(Duration.ofMinutes(10));
    cors.setHandler(next);
    return cors;
  }
}
