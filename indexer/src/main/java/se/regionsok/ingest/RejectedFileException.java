package se.regionsok.ingest;

import java.nio.file.Path;

/** A file that cannot be added, with the reason a person can act on; the message names the file. */
public final class RejectedFileException extends Exception {
  private final String reason;

  public RejectedFileException(Path file, String reason) {
    super(file.getFileName() + ": " + reason);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
