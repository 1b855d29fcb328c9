package se.regionsok.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * ETag and Cache-Control for answers that only change with the index version (facets, pivots,
 * exports): a dashboard polling the same call gets 304 until the index is rebuilt.
 */
final class HttpCaching {
  private HttpCaching() {}

  /** Sets the validators; true when the client's copy is current and a 304 was sent. */
  static boolean notModified(Context ctx, String indexVersion) {
    String etag = "\"" + indexVersion + "-" + Integer.toHexString(
        (ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString())).hashCode()) + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "public, max-age=60");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return true;
    }
    return false;
  }

  static void json(Context ctx, String indexVersion, Object body) {
    if (!notModified(ctx, indexVersion)) {
      ctx.json(body);
    }
  }
}
