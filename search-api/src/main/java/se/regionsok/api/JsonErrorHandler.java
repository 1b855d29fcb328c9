package se.regionsok.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers before a route runs (the request cap's 503, malformed or oversized
 * requests) in the API's JSON error shape, Swedish included; a 503 says when to come back.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTENT_TYPE = "application/json; charset=utf-8";
  private final String retryAfterSeconds;

  JsonErrorHandler(Duration retryAfter) {
    this.retryAfterSeconds = String.valueOf(Math.max(1, retryAfter.toSeconds()));
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    headers(response.getHeaders(), code);
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    headers(fields, status);
    return ByteBuffer.wrap(body(status));
  }

  private void headers(HttpFields.Mutable fields, int status) {
    fields.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    if (status == 503) {
      fields.put(HttpHeader.RETRY_AFTER, retryAfterSeconds);
    }
  }

  private static byte[] body(int status) {
    try {
      return JSON.writeValueAsBytes(ErrorCode.forStatus(status).error());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
