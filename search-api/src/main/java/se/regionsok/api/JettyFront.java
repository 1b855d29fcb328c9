package se.regionsok.api;

import io.javalin.config.JavalinConfig;
import java.util.List;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/** What Jetty does before a request reaches the routes: bounds on clients, CORS, its own errors. */
final class JettyFront {
  private JettyFront() {}

  /**
   * Jetty's handlers in front of the routes, outermost first: the request-header deadline, CORS
   * (when origins are listed), the request cap (QoSHandler: 503 + Retry-After past it); errors
   * Jetty answers itself come out in the API's JSON shape; connections close when idle.
   */
  static void configure(JavalinConfig config, List<String> corsOrigins, ConnectionLimits limits) {
    config.jetty.modifyServer(server -> {
      QoSHandler cap = new QoSHandler();
      cap.setMaxRequestCount(limits.maxRequests());
      cap.setMaxSuspendedRequestCount(limits.maxQueued());
      cap.setMaxSuspend(limits.maxQueueWait());
      Handler.Wrapper inner = corsOrigins.isEmpty() ? cap : CrossOrigin.handler(corsOrigins, cap);
      RequestHeaderDeadline deadline = new RequestHeaderDeadline(limits.headerTimeout(), inner);
      server.setHandler(deadline); // Javalin puts its servlet context inside the innermost wrapper
      server.setErrorHandler(new JsonErrorHandler(limits.retryAfter()));
      server.addEventListener(new LifeCycle.Listener() {
        @Override
        public void lifeCycleStarting(LifeCycle event) {
          for (Connector connector : server.getConnectors()) {
            ((AbstractConnector) connector).setIdleTimeout(limits.idleTimeout().toMillis());
            ((AbstractConnector) connector).addEventListener(deadline);
          }
        }
      });
    });
  }
}
