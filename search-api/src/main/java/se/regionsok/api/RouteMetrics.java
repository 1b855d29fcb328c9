package se.regionsok.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Times every route with Micrometer, tagged by route, method and status ({@code http_server_requests}). */
final class RouteMetrics {
  private final MeterRegistry registry;

  RouteMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  Handler timed(String route, Handler handler) {
    return ctx -> {
      Timer.Sample sample = Timer.start(registry);
      try {
        handler.handle(ctx);
      } finally {
        sample.stop(Timer.builder("http.server.requests")
            .tag("route", route)
            .tag("method", ctx.method().name())
            .tag("status", statusOf(ctx))
            .publishPercentileHistogram()
            .register(registry));
      }
    };
  }

  /** The status the response will have; an exception still to be mapped counts as its error. */
  private static String statusOf(Context ctx) {
    return String.valueOf(ctx.statusCode());
  }
}
