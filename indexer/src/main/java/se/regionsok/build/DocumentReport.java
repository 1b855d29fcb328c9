package se.regionsok.build;

/** What happened to one corpus document during a build: its record count, or why it was skipped. */
public record DocumentReport(String file, String kind, int records, int placeholders, String error) {
  public boolean failed() {
    return error != null;
  }
}
