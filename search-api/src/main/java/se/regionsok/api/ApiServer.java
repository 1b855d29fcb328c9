package se.regionsok.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionsok.search.BadRequestException;
import se.regionsok.search.NotFoundException;
import se.regionsok.search.SearchService;

/** The HTTP layer: routes of API.md over the search service, JSON errors, metrics. */
public final class ApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private ApiServer() {}

  public static Javalin create(SearchService search) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    RouteMetrics metrics = new RouteMetrics(registry);
    SearchRoutes searchRoutes = new SearchRoutes(search);
    ObjectMapper json = new ObjectMapper();

    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(json, false));
      config.http.defaultContentType = "application/json; charset=utf-8";
      config.startup.showJavalinBanner = false;
      config.routes.get("/api/search", metrics.timed("/api/search", searchRoutes::search));
      config.routes.get("/api/facets", metrics.timed("/api/facets", searchRoutes::facets));
      config.routes.get("/api/documents/{id}", metrics.timed("/api/documents/{id}", searchRoutes::document));
      config.routes.get("/health", metrics.timed("/health", ctx -> ctx.json(Map.of(
          "status", "ok", "records", search.index().records(), "indexVersion", search.index().version()))));
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
          .result(registry.scrape()));

      config.routes.exception(BadRequestException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(ApiError.badRequest(e.getMessage())));
      config.routes.exception(NotFoundException.class, (e, ctx) ->
          ctx.status(HttpStatus.NOT_FOUND).json(ApiError.notFound(e.getMessage())));
      config.routes.exception(IOException.class, (e, ctx) -> {
        LOG.error("index failure on {}", ctx.path(), e);
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new ApiError("unavailable", "the index could not be read"));
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("unexpected failure on {}", ctx.path(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(new ApiError("internal_error", "unexpected server error"));
      });
      config.routes.error(404, ctx -> {
        if (ctx.result() == null) {
          ctx.json(ApiError.notFound("no route " + ctx.method() + " " + ctx.path()));
        }
      });
    });
  }
}
