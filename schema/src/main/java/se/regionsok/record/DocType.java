package se.regionsok.record;

/** The kinds of record (API.md field docType). */
public final class DocType {
  public static final String INITIATIVE = "initiative";
  public static final String REPORT_ANSWER = "report-answer";
  public static final String GRANT_ANSWER = "grant-answer";
  public static final String PROJECT_SECTION = "project-section";
  public static final String SECTION = "section";

  private DocType() {}
}
