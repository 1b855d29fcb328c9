package se.regionsok.search;

/** An unknown record id: becomes a 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
