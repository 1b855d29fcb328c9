package se.regionsok.api;

/** The JSON error shape of API.md: {@code { "error": "bad_request", "message": "…" }}. */
public record ApiError(String error, String message) {
  static ApiError badRequest(String message) {
    return new ApiError("bad_request", message);
  }

  static ApiError notFound(String message) {
    return new ApiError("not_found", message);
  }

  /** The status an exception is answered with (the exception mappers and the route metrics agree). */
  static int statusFor(Exception e) {
    if (e instanceof se.regionsok.search.BadRequestException) {
      return 400;
    }
    if (e instanceof se.regionsok.search.NotFoundException) {
      return 404;
    }
    if (e instanceof AdminRoutes.UploadTooLargeException || isMultipartLimit(e)) {
      return 413;
    }
    return e instanceof java.io.IOException ? 503 : 500;
  }

  /** Jetty's multipart parser stopped at the configured size limit. */
  static boolean isMultipartLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("exceeds max") || message.contains("max file size") || message.contains("too large")) {
        return true;
      }
    }
    return false;
  }
}
