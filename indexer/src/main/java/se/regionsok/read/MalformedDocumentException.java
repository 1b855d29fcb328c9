package se.regionsok.read;

/** A source document that a reader cannot split: it is reported and skipped, never fatal. */
public class MalformedDocumentException extends RuntimeException {
  public MalformedDocumentException(String message) {
    super(message);
  }
}
