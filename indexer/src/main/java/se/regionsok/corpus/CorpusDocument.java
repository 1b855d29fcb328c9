package se.regionsok.corpus;

import java.util.List;

/**
 * A document's text, one string per line (line 1 is {@code lines.get(0)}), with its manifest entry.
 * Readers work on lines so that records can name their line range.
 */
public record CorpusDocument(ManifestEntry entry, List<String> lines) {
  public CorpusDocument {
    lines = List.copyOf(lines);
  }

  /** Line {@code n}, 1-based as in {@code cat -n}. */
  public String line(int n) {
    return lines.get(n - 1);
  }

  public String fileName() {
    return entry.fileName();
  }
}
