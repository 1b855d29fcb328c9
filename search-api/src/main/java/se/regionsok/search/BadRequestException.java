package se.regionsok.search;

/**
 * User input that cannot be answered: becomes a 400 naming the parameter and why, in English for
 * programs and in Swedish ({@code meddelande}) for the people reading the page.
 */
public class BadRequestException extends RuntimeException {
  private final String meddelande;

  public BadRequestException(String message, String meddelande) {
    super(message);
    this.meddelande = meddelande;
  }

  /** Without a Swedish text of its own the answer carries the generic one of a bad request. */
  public BadRequestException(String message) {
    this(message, null);
  }

  /** The Swedish text, or null when only the generic one exists. */
  public String meddelande() {
    return meddelande;
  }
}
