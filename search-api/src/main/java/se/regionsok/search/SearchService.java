package se.regionsok.search;

import static se.regionsok.analysis.SearchFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.Document;
import se.regionsok.analysis.SwedishAnalyzers;
import se.regionsok.index.IndexLayout;
import se.regionsok.index.RecordDocuments;
import se.regionsok.index.RecordJson;
import se.regionsok.record.Record;

/**
 * Searches the served index version: query, filters, multi-select facet counts (DrillSideways:
 * each facet counted with the filters of the other facets only), snippets and spelling.
 */
public final class SearchService implements Closeable {
  private static final Sort BY_YEAR = new Sort(new SortField(YEAR, SortField.Type.INT, true),
      SortField.FIELD_SCORE);

  private final ServedIndex index;
  private final Analyzer analyzer = SwedishAnalyzers.perField();
  private final QueryBuilder queryBuilder = new QueryBuilder(analyzer);
  private final FacetsConfig facetsConfig = RecordDocuments.facetsConfig();
  private final SpellingSuggester spelling = new SpellingSuggester();

  public SearchService(IndexLayout layout) throws IOException {
    this.index = new ServedIndex(layout);
  }

  public ServedIndex index() {
    return index;
  }

  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    return index.withSearcher(searcher -> {
      Query userQuery = queryBuilder.build(request.q());
      DrillSideways.DrillSidewaysResult result = drillSideways(searcher, userQuery,
          request.filters(), request.page() * request.size(), request.sort());
      ScoreDoc[] pageDocs = page(result.hits.scoreDocs, request.page(), request.size());
      List<Hit> hits = hits(searcher, userQuery, pageDocs);
      Map<String, List<FacetValue>> facets = facets(result.facets, request.facetLimit());
      String suggestion = request.hasQuery() ? spelling.suggest(searcher.getIndexReader(), request.q()) : null;
      return new SearchResponse(result.hits.totalHits.value(), request.page(), request.size(),
          (System.nanoTime() - start) / 1_000_000, hits, facets, suggestion);
    });
  }

  /** Only the total and the facet counts (dashboards). */
  public FacetsResponse facets(String q, Filters filters, int limit) throws IOException {
    return index.withSearcher(searcher -> {
      DrillSideways.DrillSidewaysResult result = drillSideways(searcher, queryBuilder.build(q),
          filters, 1, SearchRequest.Sort.RELEVANCE);
      return new FacetsResponse(result.hits.totalHits.value(), facets(result.facets, limit));
    });
  }

  public Optional<Record> record(String id) throws IOException {
    return index.withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(recordAt(searcher, top.scoreDocs[0].doc));
    });
  }

  public record FacetsResponse(long total, Map<String, List<FacetValue>> facets) {}

  private DrillSideways.DrillSidewaysResult drillSideways(FacetedSearcher searcher, Query userQuery,
      Filters filters, int topN, SearchRequest.Sort sort) throws IOException {
    DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, baseQuery(userQuery, filters));
    filters.byFacet().forEach((dim, values) -> values.forEach(v -> drillDown.add(dim, v)));
    DrillSideways sideways = new DrillSideways(searcher, facetsConfig, searcher.facetState());
    return sideways.search(drillDown, null, null, Math.max(topN, 1),
        sort == SearchRequest.Sort.YEAR ? BY_YEAR : null, true);
  }

  /** The user's query, minus placeholders (they never rank), within the year range. */
  static Query baseQuery(Query userQuery, Filters filters) {
    BooleanQuery.Builder base = new BooleanQuery.Builder()
        .add(userQuery, Occur.MUST)
        .add(new TermQuery(new Term(PLACEHOLDER, "1")), Occur.MUST_NOT);
    if (filters.yearFrom() != null || filters.yearTo() != null) {
      base.add(IntPoint.newRangeQuery(YEAR,
          filters.yearFrom() == null ? Integer.MIN_VALUE : filters.yearFrom(),
          filters.yearTo() == null ? Integer.MAX_VALUE : filters.yearTo()), Occur.FILTER);
    }
    return base.build();
  }

  private static ScoreDoc[] page(ScoreDoc[] all, int page, int size) {
    int from = Math.min((page - 1) * size, all.length);
    return java.util.Arrays.copyOfRange(all, from, Math.min(from + size, all.length));
  }

  private List<Hit> hits(FacetedSearcher searcher, Query userQuery, ScoreDoc[] docs) throws IOException {
    TopDocs pageTop = new TopDocs(new org.apache.lucene.search.TotalHits(docs.length,
        org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), docs);
    String[] snippets = Snippets.of(searcher, analyzer, userQuery, pageTop);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Record r = recordAt(searcher, docs[i].doc);
      float score = Float.isNaN(docs[i].score) ? 0f : docs[i].score;
      hits.add(new Hit(r.id(), r.region(), r.year(), r.docType(), r.area(), r.title(), snippets[i], score));
    }
    return hits;
  }

  static Record recordAt(IndexSearcher searcher, int doc) throws IOException {
    Document stored = searcher.storedFields().document(doc, java.util.Set.of(RECORD_JSON));
    return RecordJson.read(stored.get(RECORD_JSON));
  }

  private static Map<String, List<FacetValue>> facets(Facets facets, int limit) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : FACETS) {
      FacetResult result;
      try {
        result = facets.getTopChildren(limit, dim);
      } catch (IllegalArgumentException noValuesIndexed) {
        result = null;
      }
      List<FacetValue> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
