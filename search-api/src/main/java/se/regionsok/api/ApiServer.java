package se.regionsok.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionsok.schema.IndexLayout;
import se.regionsok.search.BadRequestException;
import se.regionsok.search.NotFoundException;
import se.regionsok.search.SearchService;

/** The HTTP layer: the routes of API.md over the search service, JSON errors, metrics, CORS. */
public final class ApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  /**
   * @param corsOrigins origins allowed to call the API from a browser ("*" for any); empty: none
   * @param limits what clients may hold: requests at once, timeouts
   */
  public record Settings(List<String> corsOrigins, ConnectionLimits limits) {
    public Settings(List<String> corsOrigins) {
      this(corsOrigins, ConnectionLimits.DEFAULT);
    }

    public static Settings fromEnvironment() {
      String origins = System.getenv().getOrDefault("CORS_ORIGINS", "");
      return new Settings(origins.isBlank() ? List.of() : List.of(origins.split("\\s*,\\s*")),
          ConnectionLimits.fromEnvironment());
    }
  }

  private ApiServer() {}

  public static Javalin create(SearchService search) {
    return create(search, new Settings(List.of()), Optional.empty());
  }

  /**
   * @param admin document upload, present only when an admin token is configured
   */
  public static Javalin create(SearchService search, Settings settings, Optional<AdminRoutes> admin) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    RouteMetrics metrics = new RouteMetrics(registry);
    byte[] openApi = openApiDocument();

    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
      config.http.defaultContentType = "application/json; charset=utf-8";
      config.startup.showJavalinBanner = false;
      // long queries must reach the parameter check (400 naming q), not Jetty's 414
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
      JettyFront.configure(config, settings.corsOrigins(), settings.limits());
      WebPage.configure(config);
      for (ApiRoute route : routes(search)) {
        Handler withRoute = ctx -> {
          ctx.attribute(Params.ROUTE, route);
          route.handler().handle(ctx);
        };
        config.routes.get(route.path(), metrics.timed(route.path(), withRoute));
      }
      admin.ifPresent(a -> {
        // Jetty stops reading a part past the limit; its error is answered 413 below
        config.jetty.multipartConfig.maxFileSize(a.maxBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(a.maxBytes() + 1024 * 1024, SizeUnit.BYTES);
        config.routes.post("/api/admin/documents", metrics.timed("/api/admin/documents", a::addDocument));
        config.routes.get("/api/admin/jobs/{id}", metrics.timed("/api/admin/jobs/{id}", a::job));
      });
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
          .result(registry.scrape()));
      config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
      configureErrors(config);
    });
  }

  /** Every route of API.md that takes query parameters, in one list (the OpenAPI test reads it). */
  static List<ApiRoute> routes(SearchService search) {
    List<ApiRoute> routes = new ArrayList<>();
    routes.addAll(new SearchRoutes(search).routes());
    routes.addAll(new ExportRoutes(search).routes());
    routes.addAll(new StatsRoutes(search).routes());
    routes.add(new ApiRoute("/health", Set.of(), false, ctx -> {
      Map<String, Object> health = new LinkedHashMap<>();
      health.put("status", "ok");
      int records = search.index().records();
      int placeholders = search.index().placeholders();
      health.put("records", records);
      health.put("searchable", records - placeholders);
      health.put("placeholders", placeholders);
      health.put("indexVersion", search.index().version());
      // a replica's revision ages while its primary is away: the load balancer's view of staleness
      IndexLayout.createdAt(search.index().version()).ifPresent(created ->
          health.put("indexAgeSeconds", java.time.Duration.between(created, java.time.Instant.now()).toSeconds()));
      ctx.json(health);
    }));
    return routes;
  }

  private static void configureErrors(JavalinConfig config) {
    config.routes.exception(BadRequestException.class, (e, ctx) ->
        ctx.status(ApiError.statusFor(e)).json(ApiError.badRequest(e)));
    config.routes.exception(NotFoundException.class, (e, ctx) ->
        ctx.status(ApiError.statusFor(e)).json(ApiError.notFound(e)));
    config.routes.exception(AdminRoutes.UploadTooLargeException.class, (e, ctx) ->
        ctx.status(ApiError.statusFor(e)).json(new ApiError("too_large", e.getMessage())));
    config.routes.exception(IOException.class, (e, ctx) -> {
      if (ApiError.isDiskFull(e)) {
        LOG.error("disk full on {}", ctx.path(), e);
        ctx.status(ApiError.statusFor(e)).json(ErrorCode.INSUFFICIENT_STORAGE.error());
      } else {
        LOG.error("index failure on {}", ctx.path(), e);
        ctx.status(ApiError.statusFor(e)).json(ErrorCode.UNAVAILABLE.error());
      }
    });
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected failure on {}", ctx.path(), e);
      ctx.status(ApiError.statusFor(e)).json(ErrorCode.INTERNAL_ERROR.error());
    });
    // Javalin's own refusals (an unknown route above all) in the same shape
    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      ErrorCode code = ErrorCode.forStatus(e.getStatus());
      ctx.status(e.getStatus()).json(e.getStatus() == 404
          ? ApiError.notFound("no route " + ctx.method() + " " + ctx.path(),
              "ingen sida eller tjänst " + ctx.method() + " " + ctx.path())
          : new ApiError(code.code, e.getMessage(), code.meddelande));
    });
  }

  private static byte[] openApiDocument() {
    try (InputStream in = ApiServer.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
