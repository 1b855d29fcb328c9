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
    return e instanceof java.io.IOException ? 503 : 500;
  }
}
