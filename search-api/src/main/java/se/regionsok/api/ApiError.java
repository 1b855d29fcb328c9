package se.regionsok.api;

import java.io.IOException;
import java.util.Locale;
import se.regionsok.search.BadRequestException;
import se.regionsok.search.NotFoundException;

/**
 * The JSON error shape of API.md, {@code { "error": "bad_request", "message": "…" }}: an English
 * code and text for programs, and {@code "meddelande"}, the same in Swedish for people.
 */
public record ApiError(String error, String message, String meddelande) {
  /** An error whose Swedish text is the generic one of its code. */
  public ApiError(String error, String message) {
    this(error, message, ErrorCode.meddelande(error));
  }

  static ApiError badRequest(BadRequestException e) {
    return withSwedish(ErrorCode.BAD_REQUEST, e.getMessage(), e.meddelande());
  }

  static ApiError notFound(NotFoundException e) {
    return withSwedish(ErrorCode.NOT_FOUND, e.getMessage(), e.meddelande());
  }

  static ApiError notFound(String message, String meddelande) {
    return new ApiError(ErrorCode.NOT_FOUND.code, message, meddelande);
  }

  private static ApiError withSwedish(ErrorCode code, String message, String meddelande) {
    return new ApiError(code.code, message, meddelande == null ? code.meddelande : meddelande);
  }

  /** The status an exception is answered with (the exception mappers and the route metrics agree). */
  static int statusFor(Exception e) {
    if (e instanceof BadRequestException) {
      return 400;
    }
    if (e instanceof NotFoundException) {
      return 404;
    }
    if (e instanceof AdminRoutes.UploadTooLargeException || isMultipartLimit(e)) {
      return 413;
    }
    if (isDiskFull(e)) {
      return ErrorCode.INSUFFICIENT_STORAGE.status;
    }
    return e instanceof IOException ? 503 : 500;
  }

  /** Jetty's multipart parser stopped at the configured size limit. */
  static boolean isMultipartLimit(Throwable e) {
    return causeMessageContains(e, "exceeds max", "max file size", "too large");
  }

  /** The operating system's ENOSPC ("No space left on device"), anywhere in the causes. */
  static boolean isDiskFull(Throwable e) {
    return causeMessageContains(e, "no space left on device");
  }

  private static boolean causeMessageContains(Throwable e, String... lowerCaseParts) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      for (String part : lowerCaseParts) {
        if (message.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }
}
