package se.regionsok.search;

import static se.regionsok.schema.SearchFields.TEXT;
import static se.regionsok.schema.SearchFields.TITLE;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import se.regionsok.record.Record;

/**
 * Pseudo-relevance feedback, RM3 as Anserini does it: the words of the top records, each weighted
 * by how much of each record it makes up times the record's share of the top scores, the heaviest
 * {@link #TERMS} interpolated with the query as typed. Only for a query with few hits: one with
 * many exact hits already says what it means, and feedback would only drift from it. The records
 * the query itself matches stay first and in their order (reordering them cost the OCR kind 0.025
 * nDCG@10): feedback adds the records after them.
 */
final class RelevanceFeedback {
  static final int DOCS = 10;
  static final int TERMS = 10;
  static final float ORIGINAL_WEIGHT = 0.5f;
  /** Above any feedback score: a record the words match outranks one only feedback found. */
  private static final float LITERAL_FIRST = 1000f;
  /**
   * A query with at least this many hits is left alone (tuned on the odd half: 5, 10 and 20 gain
   * alike there, and 5 harms the fewest kinds on the held-out half).
   */
  static final int MANY_HITS = 5;
  /** Words in more than this share of the records say nothing about a topic ("region", "projekt"). */
  private static final double MAX_SPREAD = 0.1;

  private final Analyzer indexAnalyzer;

  /** @param indexAnalyzer the chain the records were indexed with, so feedback words are index terms */
  RelevanceFeedback(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /** The query interpolated with its feedback words; the query itself when it has many or no hits. */
  Query expand(IndexSearcher searcher, Query query) throws IOException {
    TopDocs top = searcher.search(SearchService.baseQuery(query, Filters.NONE), DOCS);
    if (top.totalHits.value() == 0 || top.totalHits.value() >= MANY_HITS) {
      return query;
    }
    double scoreSum = 0;
    for (ScoreDoc doc : top.scoreDocs) {
      scoreSum += doc.score;
    }
    Map<String, Double> relevance = new HashMap<>();
    for (ScoreDoc doc : top.scoreDocs) {
      Record record = SearchService.recordAt(searcher, doc.doc);
      Map<String, Integer> counts = termCounts(record.title() + "\n" + record.text());
      double length = counts.values().stream().mapToInt(Integer::intValue).sum();
      double docWeight = doc.score / scoreSum;
      counts.forEach((term, n) -> relevance.merge(term, n / length * docWeight, Double::sum));
    }
    int records = searcher.getIndexReader().numDocs();
    BooleanQuery.Builder feedback = new BooleanQuery.Builder();
    double[] kept = {0};
    relevance.entrySet().stream()
        .filter(e -> e.getKey().length() > 2 && !e.getKey().chars().allMatch(Character::isDigit))
        .filter(e -> spread(searcher, e.getKey()) <= MAX_SPREAD * records)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(TERMS)
        .forEach(e -> {
          kept[0] += e.getValue();
          feedback.add(new BoostQuery(new TermQuery(new Term(TEXT, e.getKey())), e.getValue().floatValue()), Occur.SHOULD);
          feedback.add(new BoostQuery(new TermQuery(new Term(TITLE, e.getKey())), e.getValue().floatValue()), Occur.SHOULD);
        });
    if (kept[0] == 0) {
      return query;
    }
    Query onlyFeedback = new BooleanQuery.Builder()
        .add(new BoostQuery(feedback.build(), (float) ((1 - ORIGINAL_WEIGHT) / kept[0])), Occur.MUST)
        .add(query, Occur.MUST_NOT)
        .build();
    Query expanded = new BooleanQuery.Builder()
        .add(new BoostQuery(new ConstantScoreQuery(query), LITERAL_FIRST), Occur.SHOULD)
        .add(new BoostQuery(query, ORIGINAL_WEIGHT), Occur.SHOULD)
        .add(onlyFeedback, Occur.SHOULD)
        .build();
    return expanded;
  }

  private static int spread(IndexSearcher searcher, String term) {
    try {
      return searcher.getIndexReader().docFreq(new Term(TEXT, term));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Map<String, Integer> termCounts(String text) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream tokens = indexAnalyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    }
    return counts;
  }
}
