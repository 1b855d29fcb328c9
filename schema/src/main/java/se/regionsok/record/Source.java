package se.regionsok.record;

/**
 * Where a record came from: the corpus document (file name), its 1-based line range and the
 * document's title from the manifest (null until the loader sets it).
 */
public record Source(String document, int lineStart, int lineEnd, String title) {

  /** As a reader knows it: file and lines; the loader adds the manifest title. */
  public Source(String document, int lineStart, int lineEnd) {
    this(document, lineStart, lineEnd, null);
  }

  public Source withTitle(String value) {
    return new Source(document, lineStart, lineEnd, value);
  }
}
