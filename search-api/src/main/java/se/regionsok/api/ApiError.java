package se.regionsok.api;

/** The JSON error shape of API.md: {@code { "error": "bad_request", "message": "…" }}. */
public record ApiError(String error, String message) {
  static ApiError badRequest(String message) {
    return new ApiError("bad_request", message);
  }

  static ApiError notFound(String message) {
    return new ApiError("not_found", message);
  }
}
