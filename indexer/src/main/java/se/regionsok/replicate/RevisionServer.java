package se.regionsok.replicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import se.regionsok.schema.IndexLayout;
import se.regionsok.schema.Revision;

/**
 * The primary's side of replication: a read-only HTTP file server over the index layout. It offers
 * the version {@code CURRENT} names as a {@link Revision} (whichever writer published it: this
 * indexer, {@code ops/index} or {@code ops/ingest}) and the files of any committed version, so a
 * replica halfway through copying one can finish after the next is published.
 */
public final class RevisionServer implements AutoCloseable {
  private final IndexLayout layout;
  private final HttpServer server;
  private volatile Revision offered; // the checksums of a version are read once

  private RevisionServer(IndexLayout layout, InetSocketAddress address) throws IOException {
    this.layout = layout;
    this.server = HttpServer.create(address, 64);
    server.createContext(Revision.PATH, this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "revision-server");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  public static RevisionServer start(IndexLayout layout, String host, int port) throws IOException {
    return new RevisionServer(layout, new InetSocketAddress(host, port));
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        send(exchange, 405, "only GET");
        return;
      }
      String[] parts = exchange.getRequestURI().getPath().substring(Revision.PATH.length()).split("/");
      if (parts.length <= 1) {
        sendRevision(exchange);
      } else if (parts.length == 3) {
        sendFile(exchange, parts[1], parts[2]);
      } else {
        send(exchange, 404, "no such path");
      }
    } catch (IOException | RuntimeException e) {
      // the client retries at its next poll; a version cleaned away meanwhile is one cause
      exchange.close();
    }
  }

  private void sendRevision(HttpExchange exchange) throws IOException {
    String current = layout.currentVersion().orElse(null);
    if (current == null) {
      send(exchange, 404, "no version published yet");
      return;
    }
    Revision revision = offered;
    if (revision == null || !revision.version().equals(current)) {
      revision = Revision.of(layout, current);
      offered = revision;
    }
    byte[] body = revision.toJson().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
  }

  private void sendFile(HttpExchange exchange, String version, String name) throws IOException {
    if (!Revision.isFileName(version) || !Revision.isFileName(name) || !layout.isCommitted(version)) {
      send(exchange, 404, "no committed version " + version);
      return;
    }
    Path file = layout.directory(version).resolve(name);
    if (!Files.isRegularFile(file)) {
      send(exchange, 404, "no file " + name + " in " + version);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, Files.size(file));
    try (OutputStream out = exchange.getResponseBody()) {
      Files.copy(file, out);
    }
  }

  private static void send(HttpExchange exchange, int status, String message) throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
