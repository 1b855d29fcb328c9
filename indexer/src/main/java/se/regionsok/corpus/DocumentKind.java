package se.regionsok.corpus;

/** The kinds of source document; each has one reader. */
public final class DocumentKind {
  /** Tillväxtverket's Tabellbilaga: every region's initiatives per policy area plus grant answers. */
  public static final String TABLE_APPENDIX = "table-appendix";
  /** A region's återrapportering on the 2022 template (Återrapportering 1–4, questions 1.2.2.4 …). */
  public static final String REPORT_2022 = "report-2022";
  /** A region's återrapportering on the 2024 template (sections 1–6, questions 2.3 …). */
  public static final String REPORT_2024 = "report-2024";
  /** A project description and decision basis with fixed section headings. */
  public static final String PROJECT_DECISION = "project-decision";
  /** Any other document: split at its headings. */
  public static final String GENERIC = "generic";

  public static final java.util.List<String> ALL =
      java.util.List.of(TABLE_APPENDIX, REPORT_2022, REPORT_2024, PROJECT_DECISION, GENERIC);

  private DocumentKind() {}
}
