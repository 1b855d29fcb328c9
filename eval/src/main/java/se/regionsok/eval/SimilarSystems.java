package se.regionsok.eval;

import static se.regionsok.schema.SearchFields.*;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import se.regionsok.analysis.SwedishAnalyzers;
import se.regionsok.record.Record;
import se.regionsok.schema.RecordJson;
import se.regionsok.search.Filters;
import se.regionsok.search.Hit;
import se.regionsok.search.SearchService;

/**
 * The rankers of similar records the evaluation compares, each answering "records from other
 * regions like this one, best first": the service's similar, stock Lucene MoreLikeThis over the
 * same fields, and a plain BM25 query of the record's title and text (a pooling source only).
 */
final class SimilarSystems {
  /** A ranker: the ids of comparable records from other regions, best first. */
  @FunctionalInterface
  interface Ranker {
    List<String> rank(Record seed, int size) throws IOException;
  }

  private static final int MAX_BM25_TERMS = 400;

  private final SearchService search;
  private final Analyzer analyzer = SwedishAnalyzers.perField();

  SimilarSystems(SearchService search) {
    this.search = search;
  }

  /** The service's similar records (what /api/documents/{id}/similar?otherRegions=true answers). */
  List<String> service(Record seed, int size) throws IOException {
    return search.similar(seed.id(), Filters.NONE, size, true).orElseThrow().hits().stream()
        .map(Hit::id).toList();
  }

  /** Lucene's MoreLikeThis with its defaults, on the fields the service uses; min term freq 1 as records are short. */
  List<String> moreLikeThis(Record seed, int size) throws IOException {
    return search.index().withSearcher(searcher -> {
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {TITLE, TEXT, GOALS});
      mlt.setMinTermFreq(1);
      Query like = mlt.like(Map.of(TITLE, List.of(seed.title()), TEXT, List.of(seed.text()),
          GOALS, List.of(seed.goalText() == null ? "" : seed.goalText())));
      return otherRegions(searcher, like, seed, size);
    });
  }

  /** Every word of the title and text as one OR query, BM25-ranked. */
  List<String> bm25(Record seed, int size) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT, new StringReader(seed.title() + "\n" + seed.text()))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < MAX_BM25_TERMS) {
        terms.add(term.toString());
      }
      stream.end();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String t : terms) {
      query.add(new TermQuery(new Term(TITLE, t)), Occur.SHOULD);
      query.add(new TermQuery(new Term(TEXT, t)), Occur.SHOULD);
    }
    Query built = query.build();
    return search.index().withSearcher(searcher -> otherRegions(searcher, built, seed, size));
  }

  private static List<String> otherRegions(IndexSearcher searcher, Query query, Record seed, int size)
      throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc doc : searcher.search(query, size * 5 + 50).scoreDocs) {
      Record r = RecordJson.read(searcher.storedFields().document(doc.doc).get(RECORD_JSON));
      if (!r.region().equals(seed.region()) && !r.placeholder() && ids.size() < size) {
        ids.add(r.id());
      }
    }
    return ids;
  }
}
