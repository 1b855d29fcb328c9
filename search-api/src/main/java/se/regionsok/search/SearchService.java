package se.regionsok.search;

import static se.regionsok.schema.SearchFields.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
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
import se.regionsok.analysis.TopicVocabulary;
import se.regionsok.schema.FacetTable;
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
  private static final Sort BY_YEAR_ASC = new Sort(new SortField(YEAR, SortField.Type.INT, false),
      SortField.FIELD_SCORE);
  private static final Sort BY_EVIDENCE = new Sort(new SortField(EVIDENCE_RANK, SortField.Type.LONG, true),
      SortField.FIELD_SCORE);

  private final ServedIndex index;
  /** The index-time chain: snippets and similar records analyse stored text as it was indexed. */
  private final Analyzer analyzer;
  private final QueryBuilder queryBuilder;
  private final java.util.Set<QueryTechnique> techniques;
  private final FacetsConfig facetsConfig = FacetTable.config();
  private final Sort byRegion = new Sort(new RegionOrder(facetsConfig).getSortField(false), SortField.FIELD_SCORE);
  private final SpellingSuggester spelling;
  private final RelevanceFeedback feedback;
  private final TopicConcepts topicConcepts;
  private final SimilarRecords similar;
  private final Completions.Cache completions = new Completions.Cache();
  private final VersionedMemo<FacetCall, FacetsResponse> facetCalls = new VersionedMemo<>(2_000);
  /** Per dimension, the values the whole index holds: the domain of a complete dimension's years and topics. */
  private final VersionedMemo<String, List<String>> indexedValues = new VersionedMemo<>(100);
  /** Per index version, the regions each RUS goal belongs to (facet values of rusGoal carry them). */
  private final VersionedMemo<String, Map<String, List<String>>> goalRegions = new VersionedMemo<>(1);
  private static final int EXPORT_BATCH = 500;
  /** A pivot axis lists at most this many values (facets here have at most a few hundred). */
  private static final int MAX_PIVOT_VALUES = 10_000;

  public SearchService(IndexLayout layout) throws IOException {
    this(layout, SwedishAnalyzers.Profile.PRODUCTION);
  }

  /** A service whose analysis is one of the profiles the relevance evaluation compares. */
  public SearchService(IndexLayout layout, SwedishAnalyzers.Profile profile) throws IOException {
    this(layout, profile, profile == SwedishAnalyzers.Profile.PRODUCTION
        ? QueryTechnique.PRODUCTION : java.util.EnumSet.noneOf(QueryTechnique.class));
  }

  /** As above with a chosen set of query techniques (the evaluation measures each one's gain). */
  public SearchService(IndexLayout layout, SwedishAnalyzers.Profile profile,
      java.util.Set<QueryTechnique> techniques) throws IOException {
    this.index = new ServedIndex(layout);
    this.analyzer = profile.index();
    this.topicConcepts = new TopicConcepts(TopicVocabulary.standard(), facetsConfig, analyzer);
    this.queryBuilder = new QueryBuilder(queryAnalyzer(profile, techniques), asTyped(profile), techniques,
        topicConcepts);
    this.techniques = java.util.Set.copyOf(techniques);
    this.feedback = new RelevanceFeedback(analyzer);
    this.spelling = new SpellingSuggester(profile.query());
    this.similar = new SimilarRecords(analyzer, facetsConfig);
  }

  /** The profile's query chain; production's without the thesaurus unless that technique is on. */
  private static Analyzer queryAnalyzer(SwedishAnalyzers.Profile profile, java.util.Set<QueryTechnique> techniques) {
    return profile == SwedishAnalyzers.Profile.PRODUCTION && !techniques.contains(QueryTechnique.THESAURUS)
        ? SwedishAnalyzers.queryPerField(false) : profile.query();
  }

  /** The profile's query chain without synonyms: production's is the compounds profile's. */
  private static Analyzer asTyped(SwedishAnalyzers.Profile profile) {
    return profile == SwedishAnalyzers.Profile.PRODUCTION
        ? SwedishAnalyzers.Profile.COMPOUNDS.query() : profile.query();
  }

  public ServedIndex index() {
    return index;
  }

  /**
   * The search, read as {@link #read} reads it (here the first reading's search gives the total
   * that decides on the correction). A query that finds nothing while its spelling correction
   * finds something is answered with the correction's hits (unless {@code literal}), saying so:
   * one message instead of "no hits" beside "did you mean".
   */
  public SearchResponse search(SearchRequest request) throws IOException {
    SearchResponse answer = searchAsRead(request);
    if (answer.total() > 0 || request.literal() || answer.suggestion() == null) {
      return answer;
    }
    SearchResponse corrected = searchAsRead(request.withQuery(answer.suggestion()));
    return corrected.total() == 0 ? answer : corrected.correcting(request.q(), answer.suggestion());
  }

  /** The search of the query's reading ({@link #read}). */
  private SearchResponse searchAsRead(SearchRequest asTyped) throws IOException {
    long start = System.nanoTime();
    return index.withSearcher(searcher -> {
      QueryReading reading = understand(searcher, asTyped.q(), asTyped.filters(), asTyped.literal());
      SearchRequest request = asTyped.within(reading);
      UserQuery parsed = userQuery(searcher, request.q(), request.filters());
      Query userQuery = parsed.query();
      DrillSideways.DrillSidewaysResult result = drillSideways(searcher, userQuery,
          request.filters(), request.page() * request.size(), request.sort());
      ScoreDoc[] pageDocs = page(result.hits.scoreDocs, request.page(), request.size());
      List<Hit> hits = withOutcomes(searcher, userQuery, pageDocs, hits(searcher, userQuery, pageDocs));
      if (request.explain()) {
        hits = explain(searcher, userQuery, request.filters(), pageDocs, hits);
      }
      Map<String, List<FacetValue>> facets = facets(searcher, baseQuery(userQuery, request.filters()),
          result.facets, request.filters(), request.facetLimit(), true);
      String suggestion = request.hasQuery() ? spelling.suggest(searcher.getIndexReader(), asTyped.q()) : null;
      long total = result.hits.totalHits.value();
      return new SearchResponse(total, request.page(), request.size(),
          (System.nanoTime() - start) / 1_000_000, hits, facets, suggestion, parsed.partial() && total > 0,
          parsed.simplified(), reading.understood(), null, null, topicConcepts.searchedIn(userQuery, request.q()));
    });
  }

  /**
   * What the query is searched as, as {@link #search} reads it: {@link #understand understood},
   * and when that finds nothing (unless {@code literal}) its spelling correction if that finds
   * something. Facets, export and pivot read the query here, so they find what search finds.
   */
  public QueryReading read(String q, Filters filters, boolean literal) throws IOException {
    return index.withSearcher(searcher -> read(searcher, q, filters, literal));
  }

  private QueryReading read(IndexSearcher searcher, String q, Filters filters, boolean literal) throws IOException {
    QueryReading reading = understand(searcher, q, filters, literal);
    if (literal || q == null || q.isBlank() || finds(searcher, reading)) {
      return reading;
    }
    String suggestion = spelling.suggest(searcher.getIndexReader(), q);
    if (suggestion == null) {
      return reading;
    }
    QueryReading corrected = understand(searcher, suggestion, filters, false);
    return finds(searcher, corrected) ? corrected.correcting(q, suggestion) : reading;
  }

  /**
   * The regions and years the query names read as filters (unless {@code literal}), or the words
   * as typed when that reading finds nothing.
   */
  private QueryReading understand(IndexSearcher searcher, String q, Filters filters, boolean literal)
      throws IOException {
    if (literal || !techniques.contains(QueryTechnique.REGIONS)) {
      return QueryReading.asTyped(q, filters);
    }
    QueryUnderstanding.Understood understood = QueryUnderstanding.read(q, filters);
    if (!understood.any()) {
      return QueryReading.asTyped(q, filters);
    }
    QueryReading reading = new QueryReading(understood.rest(), understood.applyTo(filters), understood.answer(),
        null, null);
    return finds(searcher, reading) ? reading : QueryReading.asTyped(q, filters);
  }

  private boolean finds(IndexSearcher searcher, QueryReading reading) throws IOException {
    return searcher.count(filtered(userQuery(searcher, reading.q(), reading.filters()).query(), reading.filters())) > 0;
  }

  /**
   * Only the total and the facet counts (dashboards), of the query's reading ({@link #read}).
   * Remembered per index version: dashboards poll the same calls, and on a large corpus counting a
   * broad query is the costly part.
   */
  public FacetsResponse facets(String q, Filters filters, int limit) throws IOException {
    return facets(q, filters, limit, true, false);
  }

  /**
   * As {@link #facets(String, Filters, int)}; {@code zeros=false} leaves out values no record has,
   * {@code literal} searches the words as typed.
   */
  public FacetsResponse facets(String q, Filters filters, int limit, boolean zeros, boolean literal)
      throws IOException {
    return index.withSearcher(searcher -> facetCalls.get(searcher.getIndexReader(),
        new FacetCall(q, filters, limit, zeros, literal), () -> {
          QueryReading reading = read(searcher, q, filters, literal);
          UserQuery parsed = userQuery(searcher, reading.q(), reading.filters());
          DrillSideways.DrillSidewaysResult result = drillSideways(searcher, parsed.query(),
              reading.filters(), 1, SearchRequest.Sort.RELEVANCE);
          return new FacetsResponse(result.hits.totalHits.value(),
              facets(searcher, baseQuery(parsed.query(), reading.filters()), result.facets, reading.filters(),
                  limit, zeros),
              parsed.simplified(), reading.understood(), reading.correctedFrom(), reading.correctedTo(),
              topicConcepts.searchedIn(parsed.query(), reading.q()));
        }));
  }

  private record FacetCall(String q, Filters filters, int limit, boolean zeros, boolean literal) {}

  public Optional<Record> record(String id) throws IOException {
    return index.withSearcher(searcher -> {
      OptionalInt doc = docOf(searcher, id);
      return doc.isEmpty() ? Optional.empty() : Optional.of(recordAt(searcher, doc.getAsInt()));
    });
  }

  /**
   * The record's whole text with the words of {@code q} marked as search matches them (read as
   * search reads it: regions and years named are filters, not words, unless {@code literal}; a
   * misspelling finding nothing is corrected). Feedback words are not marked: the person did not type them.
   * A word widened to a topic also marks the topic's own words, as the snippets do.
   */
  public Optional<MarkedText> markedText(String id, String q, boolean literal) throws IOException {
    return index.withSearcher(searcher -> {
      OptionalInt doc = docOf(searcher, id);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      Query words = queryBuilder.build(read(searcher, q, Filters.NONE, literal).q(), false,
          ClauseBudget.besides(new MatchAllDocsQuery(), searcher.getIndexReader())).query();
      return Optional.of(FullTextMarks.of(searcher, analyzer, topicConcepts.markingTopics(words), doc.getAsInt(), id,
          recordAt(searcher, doc.getAsInt()).text()));
    });
  }

  private static OptionalInt docOf(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
    return top.scoreDocs.length == 0 ? OptionalInt.empty() : OptionalInt.of(top.scoreDocs[0].doc);
  }

  /**
   * {@code simplified}: the query's expansion was cut to fit the clause budget; {@code understood},
   * {@code correctedFrom}, {@code correctedTo} and {@code topicsSearched}: how the query was read, as
   * in search.
   */
  public record FacetsResponse(long total, Map<String, List<FacetValue>> facets, boolean simplified,
      @JsonInclude(JsonInclude.Include.NON_NULL) SearchResponse.Understood understood,
      @JsonInclude(JsonInclude.Include.NON_NULL) String correctedFrom,
      @JsonInclude(JsonInclude.Include.NON_NULL) String correctedTo,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SearchResponse.TopicSearched> topicsSearched) {}

  /** Records comparable to {@code id}; empty when the id is unknown. */
  public Optional<SimilarResponse> similar(String id, Filters filters, int size, boolean otherRegions)
      throws IOException {
    return similar(id, filters, size, otherRegions, false);
  }

  /** As {@link #similar(String, Filters, int, boolean)}; sameArea keeps to the record's policy areas. */
  public Optional<SimilarResponse> similar(String id, Filters filters, int size, boolean otherRegions,
      boolean sameArea) throws IOException {
    return index.withSearcher(searcher -> {
      OptionalInt doc = docOf(searcher, id);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      Record original = recordAt(searcher, doc.getAsInt());
      SimilarRecords.Result result = similar.find(searcher, original, filters, size, otherRegions, sameArea,
          docs -> {
            try {
              return hits(searcher, new MatchAllDocsQuery(), docs);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      return Optional.of(new SimilarResponse(original.id(), original.title(), original.shortTitle(),
          original.region(),
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
    forEachMatch(q, filters, () -> {}, sink);
  }

  /** As above; {@code whenSimplified} runs before the first record if the query was simplified. */
  public void forEachMatch(String q, Filters filters, Runnable whenSimplified, RecordSink sink) throws IOException {
    index.withSearcher(searcher -> {
      UserQuery parsed = userQuery(searcher, q, filters);
      if (parsed.simplified()) {
        whenSimplified.run();
      }
      Query query = filtered(parsed.query(), filters);
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

  /**
   * Counts of records per (row value, column value) of two facets for the query and filters. Every
   * number is one /api/facets answers: a cell is the column facet's count with the row value as the
   * row facet's filter, totals are the facets' counts. A filter on an axis's facet picks its values,
   * so does a region or year the query names ({@link #read}; a correction is read likewise).
   */
  public PivotResponse pivot(String q, Filters filters, String rowDim, String colDim, boolean zeros,
      boolean literal) throws IOException {
    QueryReading reading = read(q, filters, literal);
    String words = reading.q();
    Filters within = reading.filters();
    FacetsResponse all = facets(words, within, MAX_PIVOT_VALUES, true, true);
    List<FacetValue> rows = axis(all, within, rowDim, zeros);
    List<FacetValue> cols = axis(all, within, colDim, zeros);
    long[][] cells = new long[rows.size()][cols.size()];
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Long> inRow = new java.util.HashMap<>();
      facets(words, within.with(rowDim, List.of(rows.get(i).value())), MAX_PIVOT_VALUES, true, true)
          .facets().get(colDim).forEach(v -> inRow.put(v.value(), v.count()));
      for (int j = 0; j < cols.size(); j++) {
        cells[i][j] = inRow.getOrDefault(cols.get(j).value(), 0L);
      }
    }
    return new PivotResponse(rowDim, colDim, values(rows), values(cols), cells,
        rows.stream().mapToLong(FacetValue::count).toArray(),
        cols.stream().mapToLong(FacetValue::count).toArray(), all.total(), all.simplified(), codes(rows), codes(cols),
        reading.understood(), reading.correctedFrom(), reading.correctedTo(), all.topicsSearched());
  }

  /** An axis of a pivot: the facet's values, only the filtered ones when the facet is filtered. */
  private static List<FacetValue> axis(FacetsResponse all, Filters filters, String dim, boolean zeros) {
    List<String> chosen = filters.byFacet().getOrDefault(dim, List.of());
    return all.facets().get(dim).stream()
        .filter(v -> chosen.isEmpty() || chosen.contains(v.value()))
        .filter(v -> zeros || v.count() > 0)
        .toList();
  }

  private static List<String> values(List<FacetValue> axis) {
    return axis.stream().map(FacetValue::value).toList();
  }

  private static List<String> codes(List<FacetValue> axis) {
    return axis.stream().anyMatch(v -> v.code() != null) ? axis.stream().map(FacetValue::code).toList() : null;
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
        switch (sort) {
          case YEAR -> BY_YEAR;
          case YEAR_ASC -> BY_YEAR_ASC;
          case REGION -> byRegion;
          case EVIDENCE -> BY_EVIDENCE;
          case RELEVANCE -> null;
        }, true);
  }

  /**
   * The user's query. When it matches nothing at all, its relaxed form (half the words) is used
   * instead: a long question with one unlucky word gets answers rather than an empty page.
   * Search, facets, export and pivot all use this, so their totals agree.
   */
  private UserQuery userQuery(IndexSearcher searcher, String q, Filters filters) throws IOException {
    ClauseBudget budget = ClauseBudget.besides(filtered(new MatchAllDocsQuery(), filters).rewrite(searcher),
        searcher.getIndexReader());
    QueryBuilder.Built strict = queryBuilder.build(q, false, budget);
    boolean quoted = q != null && q.contains("\"");
    if (q == null || q.isBlank() || searcher.count(baseQuery(strict.query(), Filters.NONE)) > 0) {
      return new UserQuery(withFeedback(searcher, strict.query(), budget, quoted), false, strict.simplified());
    }
    QueryBuilder.Built relaxed = queryBuilder.build(q, true, budget);
    return new UserQuery(withFeedback(searcher, relaxed.query(), budget, quoted), true, relaxed.simplified());
  }

  /**
   * The query with its relevance feedback when that is on and fits the clause budget. Not for a
   * query with quotes: whoever quotes asks for those words as written ("\"glesbygd\"" found two
   * records and, with feedback, 208 more that share other words with them).
   */
  private Query withFeedback(IndexSearcher searcher, Query query, ClauseBudget budget, boolean quoted)
      throws IOException {
    if (!techniques.contains(QueryTechnique.FEEDBACK) || query instanceof MatchAllDocsQuery || quoted) {
      return query;
    }
    Query expanded = feedback.expand(searcher, query);
    return budget.fits(expanded) ? expanded : query;
  }

  /**
   * The query run for the user's text, whether only some of its words had to match, and whether
   * its expansion was cut to fit the clause budget.
   */
  private record UserQuery(Query query, boolean partial, boolean simplified) {}

  /**
   * The user's query within the year range, minus placeholders (they never rank) unless the
   * request filters on {@code reported}: a dashboard counting who reported nothing asks for them.
   */
  static Query baseQuery(Query userQuery, Filters filters) {
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
    if (!filters.byFacet().containsKey(FACET_REPORTED)) {
      base.add(new TermQuery(new Term(PLACEHOLDER, "1")), Occur.MUST_NOT);
    }
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
    String[] snippets = Snippets.of(searcher, analyzer, topicConcepts.markingTopics(userQuery), pageTop);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Record r = recordAt(searcher, docs[i].doc);
      float score = Float.isNaN(docs[i].score) ? 0f : docs[i].score;
      hits.add(new Hit(r.id(), r.region(), r.year(), r.docType(), r.area(), r.title(), r.shortTitle(),
          snippets[i], score));
    }
    return hits;
  }

  /** Search hits carry their outcome line; similar records do not need it. */
  private List<Hit> withOutcomes(IndexSearcher searcher, Query userQuery, ScoreDoc[] docs, List<Hit> hits)
      throws IOException {
    String[] effects = Snippets.effects(searcher, analyzer, userQuery, new TopDocs(
        new org.apache.lucene.search.TotalHits(docs.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), docs));
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      out.add(hits.get(i).withOutcome(EffectsLine.of(recordAt(searcher, docs[i].doc), effects[i])));
    }
    return out;
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

  /**
   * The facets' counts, multi-select. Complete dimensions ({@link FacetDomains}) list every known
   * value, in their order; the source of the Agenda 2030 goals is counted per goal.
   */
  private Map<String, List<FacetValue>> facets(FacetedSearcher searcher, Query base, Facets facets,
      Filters filters, int limit, boolean zeros) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : FacetTable.VISIBLE) {
      boolean complete = FacetDomains.complete(dim);
      List<FacetValue> counted = dim.equals(FACET_SDG_SOURCE)
          ? FacetFilters.sourceCounts(searcher, facetsConfig, base, filters)
          : FacetFilters.counts(facets, dim, filters, complete ? MAX_PIVOT_VALUES : limit);
      List<String> indexed = complete ? indexedValues.get(searcher.getIndexReader(), dim, () ->
          FacetFilters.counts(new SortedSetDocValuesFacetCounts(searcher.facetState()), dim, Filters.NONE,
              MAX_PIVOT_VALUES).stream().map(FacetValue::value).toList()) : List.of();
      indexed = indexed.stream().filter(v -> !dim.equals(FACET_YEAR) || inYearRange(v, filters)).toList();
      List<FacetValue> values = FacetDomains.arrange(dim, counted, indexed, zeros);
      out.put(dim, dim.equals(FACET_RUS_GOAL) ? GoalRegions.withRegions(values, goalRegions.get(
          searcher.getIndexReader(), FACET_RUS_GOAL, () -> GoalRegions.of(searcher, facetsConfig))) : values);
    }
    return out;
  }

  private static boolean inYearRange(String year, Filters filters) {
    int y = Integer.parseInt(year);
    return (filters.yearFrom() == null || y >= filters.yearFrom()) && (filters.yearTo() == null || y <= filters.yearTo());
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
