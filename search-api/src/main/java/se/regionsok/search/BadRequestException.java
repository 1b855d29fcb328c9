package se.regionsok.search;

/** User input that cannot be answered: becomes a 400 naming the parameter and why. */
public class BadRequestException extends RuntimeException {
  public BadRequestException(String message) {
    super(message);
  }
}
