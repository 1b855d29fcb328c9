package se.regionsok.analysis;

import se.regionsok.schema.SearchFields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class CompoundSplitterTest {
  private static final Analyzer INDEX = SwedishAnalyzers.perField();

  /** compound-splits.tsv: real corpus words with their expected parts, and words to keep whole. */
  @Test
  void splitsTheWordListAsExpected() {
    int exact = 0;
    List<String> lines = Terms.lines("compound-splits.tsv");
    StringBuilder misses = new StringBuilder();
    for (String line : lines) {
      String[] columns = line.split("\t");
      List<String> terms = Terms.of(INDEX, SearchFields.TEXT, columns[0]);
      String[] atPosition = terms.get(0).split("\\|");
      String parts = atPosition.length == 1 ? "-"
          : String.join("+", List.of(atPosition).subList(1, atPosition.length));
      if (parts.equals(columns[1])) {
        exact++;
      } else {
        misses.append(columns[0]).append(": ").append(parts).append('\n');
      }
    }
    assertEquals(lines.size(), exact, misses.toString());
  }

  @Test
  void partsAreAtLeastFourLetters() {
    assertEquals(List.of("näringsliv"), Terms.of(INDEX, SearchFields.TEXT, "näringslivet"));
    assertTrue(Terms.of(INDEX, SearchFields.TEXT, "vätgas").equals(List.of("vätgas")));
  }
}
