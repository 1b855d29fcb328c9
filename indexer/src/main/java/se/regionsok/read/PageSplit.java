package se.regionsok.read;

/** Rejoins a table cell that the PDF export split over a page break into two rows. */
final class PageSplit {
  private PageSplit() {}

  /** A part cut mid-sentence continues on the same line; a finished one on a new line. */
  static String rejoin(String before, String after) {
    if (before.isEmpty() || after.isEmpty()) {
      return before + after;
    }
    boolean finished = before.matches("(?s).*[.!?:)]$");
    return before + (finished ? "\n" : " ") + after;
  }
}
