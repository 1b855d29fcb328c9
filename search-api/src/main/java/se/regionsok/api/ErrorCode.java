package se.regionsok.api;

import java.util.Arrays;

/**
 * The errors the API answers with: the status, the code programs test for, and the generic English
 * and Swedish texts used when an error carries no text of its own (the errors Jetty answers before
 * a route runs, an overload, a full disk).
 */
enum ErrorCode {
  BAD_REQUEST(400, "bad_request", "bad request", "Förfrågan är felaktig."),
  UNAUTHORIZED(401, "unauthorized", "authorization required", "Inloggning krävs."),
  FORBIDDEN(403, "forbidden", "forbidden", "Åtkomst nekad."),
  NOT_FOUND(404, "not_found", "not found", "Det efterfrågade finns inte."),
  METHOD_NOT_ALLOWED(405, "method_not_allowed", "method not allowed", "Metoden stöds inte här."),
  REQUEST_TIMEOUT(408, "request_timeout", "the request took too long to arrive",
      "Förfrågan tog för lång tid att komma fram."),
  TOO_LARGE(413, "too_large", "the request is too large", "Förfrågan är för stor."),
  URI_TOO_LONG(414, "uri_too_long", "the address is too long", "Adressen är för lång."),
  HEADERS_TOO_LARGE(431, "headers_too_large", "the request headers are too large",
      "Förfrågans huvuden är för stora."),
  INTERNAL_ERROR(500, "internal_error", "unexpected server error", "Ett oväntat fel uppstod i tjänsten."),
  UNAVAILABLE(503, "unavailable", "the index could not be read",
      "Sökindexet kunde inte läsas just nu; försök igen om en stund."),
  OVERLOADED(503, "overloaded", "too many requests at once; retry after the seconds in Retry-After",
      "Tjänsten har för många förfrågningar just nu; försök igen om en stund."),
  INSUFFICIENT_STORAGE(507, "insufficient_storage", "the server's disk is full",
      "Serverns disk är full; kontakta den som driver tjänsten.");

  final int status;
  final String code;
  final String message;
  final String meddelande;

  ErrorCode(int status, String code, String message, String meddelande) {
    this.status = status;
    this.code = code;
    this.message = message;
    this.meddelande = meddelande;
  }

  ApiError error() {
    return new ApiError(code, message, meddelande);
  }

  /** The Swedish text of a code; the internal error's for a code not listed. */
  static String meddelande(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
        .orElse(INTERNAL_ERROR).meddelande;
  }

  /** The error Jetty answers a status with (a 503 there is the request cap: overloaded). */
  static ErrorCode forStatus(int status) {
    if (status == 503) {
      return OVERLOADED;
    }
    return Arrays.stream(values()).filter(c -> c.status == status).findFirst()
        .orElse(status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
  }
}
