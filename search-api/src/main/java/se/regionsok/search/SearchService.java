package se.regionsok.search;

import se.regionsok.schema.FacetTable;

import static se.regionsok.schema.SearchFields.*;

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
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;
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
import se.regionsok.schema.IndexLayout;
import se.regionsok.schema.RecordJson;
import se.regionsok.record.Record;

/**
 * Searches the served index version: query, filters, multi-select facet counts (DrillSideways:
 * each facet counted with the filters of the other facets only), snippets and spelling.
 */
public final class SearchService implements Closeable {
  private static final Sort BY_YEAR = new Sort(new SortField(YEAR, SortField.Type.INT, true),
      SortField.FIELD_SCORE);

  private final ServedIndex index;
  /** The index-time chain: snippets and similar records analyse stored text as it was indexed. */
  private final Analyzer analyzer;
  private final QueryBuilder queryBuilder;
  private final FacetsConfig facetsConfig = FacetTable.config();
  private final SpellingSuggester spelling;
  private final SimilarRecords similar;
  private final Completions.Cache completions = new Completions.Cache();
  private final VersionedMemo<FacetCall, FacetsResponse> facetCalls = new VersionedMemo<>(2_000);
  private static final int EXPORT_BATCH = 500;
  /** A pivot axis lists at most this many values (facets here have at most a few hundred). */
  private static final int MAX_PIVOT_VALUES = 10_000;

  public SearchService(IndexLayout layout) throws IOException {
    this(layout, SwedishAnalyzers.Profile.PRODUCTION);
  }

  /** A service whose analysis is one of the profiles the relevance evaluation compares. */
  public SearchService(IndexLayout layout, SwedishAnalyzers.Profile profile) throws IOException {
    this.index = new ServedIndex(layout);
    this.analyzer = profile.index();
    this.queryBuilder = new QueryBuilder(profile.query());
    this.spelling = new SpellingSuggester(profile.query());
    this.similar = new SimilarRecords(analyzer, facetsConfig);
  }

  public ServedIndex index() {
    return index;
  }

  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    return index.withSearcher(searcher -> {
      UserQuery parsed = userQuery(searcher, request.q());
      Query userQuery = parsed.query();
      DrillSideways.DrillSidewaysResult result = drillSideways(searcher, userQuery,
          request.filters(), request.page() * request.size(), request.sort());
      ScoreDoc[] pageDocs = page(result.hits.scoreDocs, request.page(), request.size());
      List<Hit> hits = hits(searcher, userQuery, pageDocs);
      if (request.explain()) {
        hits = explain(searcher, userQuery, request.filters(), pageDocs, hits);
      }
      Map<String, List<FacetValue>> facets = facets(result.facets, request.filters(), request.facetLimit());
      String suggestion = request.hasQuery() ? spelling.suggest(searcher.getIndexReader(), request.q()) : null;
      return new SearchResponse(result.hits.totalHits.value(), request.page(), request.size(),
          (System.nanoTime() - start) / 1_000_000, hits, facets, suggestion, parsed.partial());
    });
  }

  /**
   * Only the total and the facet counts (dashboards). Remembered per index version: dashboards
   * poll the same calls, and on a large corpus counting a broad query is the costly part.
   */
  public FacetsResponse facets(String q, Filters filters, int limit) throws IOException {
    return index.withSearcher(searcher -> facetCalls.get(searcher.getIndexReader(),
        new FacetCall(q, filters, limit), () -> {
          DrillSideways.DrillSidewaysResult result = drillSideways(searcher, userQuery(searcher, q).query(),
              filters, 1, SearchRequest.Sort.RELEVANCE);
          return new FacetsResponse(result.hits.totalHits.value(), facets(result.facets, filters, limit));
        }));
  }

  private record FacetCall(String q, Filters filters, int limit) {}

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

  /** Records comparable to {@code id}; empty when the id is unknown. */
  public Optional<SimilarResponse> similar(String id, Filters filters, int size, boolean otherRegions)
      throws IOException {
    return similar(id, filters, size, otherRegions, false);
  }

  /** As {@link #similar(String, Filters, int, boolean)}; sameArea keeps to the record's policy areas. */
  public Optional<SimilarResponse> similar(String id, Filters filters, int size, boolean otherRegions,
      boolean sameArea) throws IOException {
    return index.withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Record original = recordAt(searcher, top.scoreDocs[0].doc);
      SimilarRecords.Result result = similar.find(searcher, original, filters, size, otherRegions, sameArea,
          docs -> {
            try {
              return hits(searcher, new MatchAllDocsQuery(), docs);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      return Optional.of(new SimilarResponse(original.id(), original.title(), original.region(),
          result.hits(), result.sameInitiative()));
    });
  }

  /** Completions for a search box. */
  public List<Completions.Completion> suggest(String prefix, int size) throws IOException {
    return index.withSearcher(searcher -> completions.forVersion(index.version(), searcher)
        .lookup(prefix, size));
  }

  /** Every record matching the query and filters, best first, handed over one at a time. */
  public void forEachMatch(String q, Filters filters, RecordSink sink) throws IOException {
    index.withSearcher(searcher -> {
      Query query = filtered(userQuery(searcher, q).query(), filters);
      ScoreDoc after = null;
      while (true) {
        TopDocs batch = after == null ? searcher.search(query, EXPORT_BATCH)
            : searcher.searchAfter(after, query, EXPORT_BATCH);
        for (ScoreDoc doc : batch.scoreDocs) {
          sink.accept(recordAt(searcher, doc.doc));
        }
        if (batch.scoreDocs.length < EXPORT_BATCH) {
          return null;
        }
        after = batch.scoreDocs[batch.scoreDocs.length - 1];
      }
    });
  }

  /** Receives exported records; may write to the network. */
  @FunctionalInterface
  public interface RecordSink {
    void accept(Record record) throws IOException;
  }

  /** Counts of records per (row value, column value) of two facets for the query and filters. */
  public PivotResponse pivot(String q, Filters filters, String rowDim, String colDim) throws IOException {
    return index.withSearcher(searcher -> {
      Query query = filtered(userQuery(searcher, q).query(), filters);
      FacetsCollector all = searcher.search(query, new FacetsCollectorManager());
      long total = all.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
      List<FacetValue> rows = allValues(searcher, all, rowDim);
      List<FacetValue> cols = allValues(searcher, all, colDim);
      long[][] cells = new long[rows.size()][cols.size()];
      for (int i = 0; i < rows.size(); i++) {
        DrillDownQuery row = new DrillDownQuery(facetsConfig, query);
        row.add(rowDim, FacetFilters.path(rowDim, rows.get(i).value()));
        FacetsCollector inRow = searcher.search(row, new FacetsCollectorManager());
        Map<String, Long> counts = new java.util.HashMap<>();
        allValues(searcher, inRow, colDim).forEach(v -> counts.put(v.value(), v.count()));
        for (int j = 0; j < cols.size(); j++) {
          cells[i][j] = counts.getOrDefault(cols.get(j).value(), 0L);
        }
      }
      return new PivotResponse(rowDim, colDim, rows.stream().map(FacetValue::value).toList(),
          cols.stream().map(FacetValue::value).toList(), cells,
          rows.stream().mapToLong(FacetValue::count).toArray(),
          cols.stream().mapToLong(FacetValue::count).toArray(), total);
    });
  }

  private List<FacetValue> allValues(FacetedSearcher searcher, FacetsCollector collector, String dim)
      throws IOException {
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(searcher.facetState(), collector);
    return dim.equals(FACET_TOPIC) ? FacetFilters.topics(counts, MAX_PIVOT_VALUES)
        : FacetFilters.values(counts, MAX_PIVOT_VALUES, dim);
  }

  /** The query with its filters as plain drill-down (no sideways counts needed). */
  private Query filtered(Query userQuery, Filters filters) {
    return FacetFilters.drillDown(facetsConfig, baseQuery(userQuery, filters), filters);
  }

  private DrillSideways.DrillSidewaysResult drillSideways(FacetedSearcher searcher, Query userQuery,
      Filters filters, int topN, SearchRequest.Sort sort) throws IOException {
    DrillDownQuery drillDown = FacetFilters.drillDown(facetsConfig, baseQuery(userQuery, filters), filters);
    DrillSideways sideways = new DrillSideways(searcher, facetsConfig, searcher.facetState());
    return sideways.search(drillDown, null, null, Math.max(topN, 1),
        sort == SearchRequest.Sort.YEAR ? BY_YEAR : null, true);
  }

  /**
   * The user's query. When it matches nothing at all, its relaxed form (half the words) is used
   * instead: a long question with one unlucky word gets answers rather than an empty page.
   * Search, facets, export and pivot all use this, so their totals agree.
   */
  private UserQuery userQuery(IndexSearcher searcher, String q) throws IOException {
    Query strict = queryBuilder.build(q);
    if (q == null || q.isBlank() || searcher.count(baseQuery(strict, Filters.NONE)) > 0) {
      return new UserQuery(strict, false);
    }
    return new UserQuery(queryBuilder.build(q, true), true);
  }

  /** The query run for the user's text, and whether only some of its words had to match. */
  private record UserQuery(Query query, boolean partial) {}

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

  private static List<Hit> explain(IndexSearcher searcher, Query userQuery, Filters filters,
      ScoreDoc[] docs, List<Hit> hits) throws IOException {
    Query scored = baseQuery(userQuery, filters);
    List<Hit> explained = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      explained.add(hits.get(i).withExplanation(searcher.explain(scored, docs[i].doc).toString()));
    }
    return explained;
  }

  static Record recordAt(IndexSearcher searcher, int doc) throws IOException {
    Document stored = searcher.storedFields().document(doc, java.util.Set.of(RECORD_JSON));
    return RecordJson.read(stored.get(RECORD_JSON));
  }

  private static Map<String, List<FacetValue>> facets(Facets facets, Filters filters, int limit)
      throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : FacetTable.VISIBLE) {
      out.put(dim, FacetFilters.counts(facets, dim, filters, limit));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
