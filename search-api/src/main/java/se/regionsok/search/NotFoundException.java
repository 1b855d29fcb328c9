package se.regionsok.search;

/** An unknown record id: becomes a 404, in English and in Swedish ({@code meddelande}). */
public class NotFoundException extends RuntimeException {
  private final String meddelande;

  public NotFoundException(String message, String meddelande) {
    super(message);
    this.meddelande = meddelande;
  }

  /** Without a Swedish text of its own the answer carries the generic one of "not found". */
  public NotFoundException(String message) {
    this(message, null);
  }

  /** The Swedish text, or null when only the generic one exists. */
  public String meddelande() {
    return meddelande;
  }
}
