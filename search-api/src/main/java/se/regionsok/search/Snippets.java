package se.regionsok.search;

import static se.regionsok.schema.SearchFields.EFFECTS;
import static se.regionsok.schema.SearchFields.TEXT;
import static se.regionsok.schema.SearchFields.TEXT_FOLDED;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Short passages of a record's text with the matched words in {@code <mark>}. The stemmed and the
 * folded text are highlighted separately (a folded match, e.g. from OCR text, only shows in the
 * folded field) and the passage with matches wins.
 */
final class Snippets {
  private static final int PASSAGE_LENGTH = 220;
  private static final int PASSAGES = 2;

  private Snippets() {}

  static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs topDocs)
      throws IOException {
    UnifiedHighlighter highlighter = builder(searcher, analyzer).build();
    String[] stemmed = highlighter.highlight(TEXT, query, topDocs, PASSAGES);
    // The folded field only matters for hits whose stemmed text has no match: highlighting it for
    // every hit doubled the cost of a search (ops/BENCHMARKS.md), for the same snippets.
    int[] unmatched = IntStream.range(0, stemmed.length)
        .filter(i -> stemmed[i] == null || !stemmed[i].contains("<mark>")).toArray();
    String[] folded = new String[stemmed.length];
    if (unmatched.length > 0) {
      ScoreDoc[] docs = IntStream.of(unmatched).mapToObj(i -> topDocs.scoreDocs[i]).toArray(ScoreDoc[]::new);
      String[] foldedUnmatched = highlighter.highlight(TEXT_FOLDED, query,
          new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), PASSAGES);
      for (int j = 0; j < unmatched.length; j++) {
        folded[unmatched[j]] = foldedUnmatched[j];
      }
    }
    String[] snippets = new String[topDocs.scoreDocs.length];
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] = pick(stemmed[i], folded[i]);
    }
    return snippets;
  }

  /**
   * The effects part's best passage with the query's words marked (null where the record has no
   * effects part). The query names the text field; the effects field is analysed the same way, so
   * its terms are looked up there.
   */
  static String[] effects(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs topDocs)
      throws IOException {
    UnifiedHighlighter highlighter = builder(searcher, analyzer)
        .withFieldMatcher(field -> field.equals(TEXT) || field.equals(EFFECTS))
        .build();
    return highlighter.highlight(EFFECTS, query, topDocs, 1);
  }

  private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.forLanguageTag("sv")), PASSAGE_LENGTH, 0.4f))
        .withMaxLength(50_000);
  }

  private static String pick(String stemmed, String folded) {
    if (stemmed != null && stemmed.contains("<mark>")) {
      return stemmed.strip();
    }
    if (folded != null && folded.contains("<mark>")) {
      return folded.strip();
    }
    return stemmed == null ? "" : stemmed.strip();
  }
}
