package se.regionsok.api;

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
      int status = 500;
      try {
        handler.handle(ctx);
        status = ctx.statusCode();
      } catch (Exception e) {
        // mapped to its response after this handler: counted with the status it will get
        status = ApiError.statusFor(e);
        throw e;
      } finally {
        sample.stop(Timer.builder("http.server.requests")
            .tag("route", route)
            .tag("method", ctx.method().name())
            .tag("status", String.valueOf(status))
            .publishPercentileHistogram()
            .register(registry));
      }
    };
  }
}
