package se.regionsok.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request headers have not all arrived within the deadline (slowloris):
 * Jetty's idle timeout restarts at every byte, so a client sending one byte every few seconds
 * would keep its connection forever. The clock starts when the connection opens and again when an
 * answer on it is complete; it stops when a request reaches the handlers.
 */
final class RequestHeaderDeadline extends Handler.Wrapper implements Connection.Listener {
  private final Duration deadline;
  private final Map<EndPoint, Scheduler.Task> clocks = new ConcurrentHashMap<>();
  private Scheduler scheduler;

  RequestHeaderDeadline(Duration deadline, Handler next) {
    super(next);
    this.deadline = deadline;
  }

  @Override
  protected void doStart() throws Exception {
    scheduler = getServer().getScheduler();
    super.doStart();
  }

  @Override
  public void onOpened(Connection connection) {
    start(connection.getEndPoint());
  }

  @Override
  public void onClosed(Connection connection) {
    stop(connection.getEndPoint());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    stop(endPoint);
    return super.handle(request, response, Callback.from(callback, () -> start(endPoint)));
  }

  private void start(EndPoint endPoint) {
    if (!endPoint.isOpen()) {
      return;
    }
    Scheduler.Task cut = scheduler.schedule(() -> endPoint.close(new TimeoutException(
        "request headers not received within " + deadline)), deadline.toMillis(), TimeUnit.MILLISECONDS);
    Scheduler.Task previous = clocks.put(endPoint, cut);
    if (previous != null) {
      previous.cancel();
    }
  }

  private void stop(EndPoint endPoint) {
    Scheduler.Task cut = clocks.remove(endPoint);
    if (cut != null) {
      cut.cancel();
    }
  }
}
