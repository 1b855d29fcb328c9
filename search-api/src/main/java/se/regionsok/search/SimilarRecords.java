package se.regionsok.search;

import static se.regionsok.schema.SearchFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
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
import se.regionsok.record.SdgRef;
import se.regionsok.record.Tagged;
import se.regionsok.record.Topic;

/**
 * Comparable records, topics first. A candidate scores for each topic it shares with the
 * original, weighted by how specific the topic is (idf of the topic: sharing "Vätgas" says more
 * than sharing "Analys och uppföljning"), a little for sharing only the area above a topic, then
 * for the original's distinctive words it holds (BM25 on title and text, each word weighted by
 * its {@link DistinctiveTerms} weight), and a little for a goal both state explicitly; inferred
 * goals never count. {@code strength} is the score relative to the original's own score under the
 * same query. The same initiative reported again (same name, or nearly the same text) is grouped
 * apart rather than shown as "similar".
 */
final class SimilarRecords {
  private static final int SHINGLE = 5;
  private static final double SAME_TEXT_OVERLAP = 0.6;
  /** Candidates read beyond the size asked for, to make up for those grouped as the same initiative. */
  private static final int OVER_FETCH = 10;
  /** Weights of the evidence, tuned on the tuning half of corpus/eval/similar-seeds.tsv. */
  static final float TOPIC_WEIGHT = 5f;
  static final float PARENT_WEIGHT = 1f;
  static final float TOPIC_RANK_DECAY = 0.5f;
  static final float TERM_WEIGHT = 1f;
  static final float EXPLICIT_GOAL_WEIGHT = 0.3f;

  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig;
  private final VersionedMemo<String, SimilarityVocabulary> vocabularies = new VersionedMemo<>(1);

  SimilarRecords(Analyzer analyzer, FacetsConfig facetsConfig) {
    this.analyzer = analyzer;
    this.facetsConfig = facetsConfig;
  }

  record Result(Record original, List<Hit> hits, List<Hit> sameInitiative) {}

  Result find(FacetedSearcher searcher, Record original, Filters filters, int size,
      boolean otherRegions, boolean sameArea, Function<ScoreDoc[], List<Hit>> toHits) throws IOException {
    SimilarityVocabulary vocabulary = vocabularies.get(searcher.getIndexReader(), "",
        () -> SimilarityVocabulary.of(searcher, analyzer, facetsConfig));
    List<DistinctiveTerms.Weighted> terms =
        DistinctiveTerms.of(original, analyzer, searcher.getIndexReader(), vocabulary);
    Query like = likeQuery(searcher, original, terms);

    BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.MUST)
        .add(new TermQuery(new Term(ID, original.id())), Occur.MUST_NOT);
    if (otherRegions) {
      query.add(facetTerm(FACET_REGION, original.region()), Occur.MUST_NOT);
    }
    Filters scoped = sameArea ? withAreas(filters, original.area()) : filters;
    DrillDownQuery filtered = FacetFilters.drillDown(facetsConfig,
        SearchService.baseQuery(query.build(), scoped), scoped);
    float selfScore = selfScore(searcher, like, original);

    // over-fetch: the same initiative reported again is moved out of the list
    TopDocs top = searcher.search(filtered, size + OVER_FETCH);
    Set<Long> originalShingles = shingles(withoutGoals(original));
    List<ScoreDoc> kept = new ArrayList<>();
    List<Record> keptRecords = new ArrayList<>();
    List<Boolean> isSame = new ArrayList<>();
    int similarCount = 0;
    for (ScoreDoc scoreDoc : top.scoreDocs) {
      Record other = SearchService.recordAt(searcher, scoreDoc.doc);
      boolean same = sameInitiative(original, originalShingles, other);
      if (same || similarCount < size) {
        kept.add(scoreDoc);
        keptRecords.add(other);
        isSame.add(same);
        similarCount += same ? 0 : 1;
      }
    }
    // snippets and reasons only for what is shown
    List<Hit> candidates = toHits.apply(kept.toArray(ScoreDoc[]::new));
    List<Hit> hits = new ArrayList<>();
    List<Hit> same = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      double strength = selfScore <= 0 ? 0 : Math.min(1.0, kept.get(i).score / selfScore);
      Hit hit = candidates.get(i).withWhy(why(searcher, kept.get(i).doc, original, keptRecords.get(i), terms),
          Math.round(strength * 100) / 100.0);
      (isSame.get(i) ? same : hits).add(hit);
    }
    return new Result(original, hits, same);
  }

  /** Topics (by specificity), their areas, distinctive words and explicitly stated goals. */
  private Query likeQuery(IndexSearcher searcher, Record original, List<DistinctiveTerms.Weighted> terms)
      throws IOException {
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    int docs = Math.max(1, searcher.getIndexReader().numDocs());
    Set<String> parents = new java.util.LinkedHashSet<>();
    List<Topic> topics = original.topics();
    for (int rank = 0; rank < topics.size(); rank++) {
      // topics come best supported first: the record's main topic outweighs a side topic
      Term term = topicTerm(topics.get(rank).parent(), topics.get(rank).topic());
      float prominence = 1f / (1 + TOPIC_RANK_DECAY * rank);
      like.add(constant(term, TOPIC_WEIGHT * prominence * specificity(searcher, term, docs)), Occur.SHOULD);
      parents.add(topics.get(rank).parent());
    }
    for (String parent : parents) {
      Term term = topicTerm(parent);
      like.add(constant(term, PARENT_WEIGHT * specificity(searcher, term, docs)), Occur.SHOULD);
    }
    double maxWeight = terms.stream().mapToDouble(DistinctiveTerms.Weighted::weight).max().orElse(1);
    for (DistinctiveTerms.Weighted t : terms) {
      float boost = (float) (TERM_WEIGHT * t.weight() / maxWeight);
      like.add(new BoostQuery(new TermQuery(new Term(TEXT, t.term())), boost), Occur.SHOULD);
      like.add(new BoostQuery(new TermQuery(new Term(TITLE, t.term())), boost), Occur.SHOULD);
    }
    for (SdgRef sdg : original.sdgs()) {
      if (Tagged.EXPLICIT.equals(sdg.source())) {
        Term term = DrillDownQuery.term(facetsConfig.getDimConfig(FACET_SDG_BY_SOURCE).indexFieldName,
            FACET_SDG_BY_SOURCE, Tagged.EXPLICIT, String.valueOf(sdg.goal()));
        like.add(constant(term, EXPLICIT_GOAL_WEIGHT), Occur.SHOULD);
      }
    }
    return like.build();
  }

  /** ln(N / df): 1 for a topic in a third of the records, about 5 for one in a handful. */
  private static float specificity(IndexSearcher searcher, Term term, int docs) throws IOException {
    int df = Math.max(1, searcher.getIndexReader().docFreq(term));
    return (float) Math.max(0.1, Math.log((double) docs / df));
  }

  private static Query constant(Term term, float weight) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(term)), weight);
  }

  private Term topicTerm(String... path) {
    return DrillDownQuery.term(facetsConfig.getDimConfig(FACET_TOPIC).indexFieldName, FACET_TOPIC, path);
  }

  /** The original's own score under the query: what a perfect match would get. */
  private static float selfScore(IndexSearcher searcher, Query like, Record original) throws IOException {
    Query self = new BooleanQuery.Builder().add(like, Occur.MUST)
        .add(new TermQuery(new Term(ID, original.id())), Occur.FILTER).build();
    TopDocs top = searcher.search(self, 1);
    return top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
  }

  private static Filters withAreas(Filters filters, List<String> areas) {
    if (areas.isEmpty()) {
      return filters;
    }
    Map<String, List<String>> byFacet = new LinkedHashMap<>(filters.byFacet());
    byFacet.put(FACET_AREA, areas);
    return new Filters(byFacet, filters.yearFrom(), filters.yearTo());
  }

  private Query facetTerm(String dim, String value) {
    return new TermQuery(DrillDownQuery.term(facetsConfig.getDimConfig(dim).indexFieldName, dim, value));
  }

  /** Shared topics, the distinctive words of the original the other holds, shared stated facets. */
  private static Hit.Similarity why(IndexSearcher searcher, int doc, Record original, Record other,
      List<DistinctiveTerms.Weighted> terms) throws IOException {
    Set<String> otherTopics = new HashSet<>();
    other.topics().forEach(t -> otherTopics.add(t.path()));
    List<String> sharedTopics = original.topics().stream().map(Topic::path)
        .filter(otherTopics::contains).toList();
    LeafReaderContext leaf = searcher.getIndexReader().leaves()
        .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
    int local = doc - leaf.docBase;
    List<String> sharedTerms = new ArrayList<>();
    for (DistinctiveTerms.Weighted t : terms) {
      if ((holds(leaf, TEXT, t.term(), local) || holds(leaf, TITLE, t.term(), local))
          && !sharedTerms.contains(t.word())) {
        sharedTerms.add(t.word());
      }
    }
    Map<String, List<String>> sharedFacets = new LinkedHashMap<>();
    putShared(sharedFacets, FACET_AREA, original.area(), other.area());
    putShared(sharedFacets, FACET_RUS_THEME, explicitThemes(original), explicitThemes(other));
    putShared(sharedFacets, FACET_SDG, explicitSdgs(original), explicitSdgs(other));
    putShared(sharedFacets, FACET_PROGRAM, original.programs(), other.programs());
    return new Hit.Similarity(sharedTopics, sharedTerms.stream().limit(12).toList(), sharedFacets);
  }

  private static boolean holds(LeafReaderContext leaf, String field, String term, int doc) throws IOException {
    PostingsEnum postings = leaf.reader().postings(new Term(field, term), PostingsEnum.NONE);
    return postings != null && postings.advance(doc) == doc;
  }

  private static void putShared(Map<String, List<String>> into, String dim, List<String> a, List<String> b) {
    List<String> shared = a.stream().filter(b::contains).distinct().toList();
    if (!shared.isEmpty()) {
      into.put(dim, shared);
    }
  }

  private static List<String> explicitThemes(Record r) {
    return r.rusThemes().stream().filter(t -> Tagged.EXPLICIT.equals(t.source())).map(Tagged::theme).toList();
  }

  private static List<String> explicitSdgs(Record r) {
    return r.sdgs().stream().filter(s -> Tagged.EXPLICIT.equals(s.source()))
        .map(SdgRef::goal).map(String::valueOf).toList();
  }

  /** The same initiative: the same name, or most of the text's word sequences in common. */
  static boolean sameInitiative(Record original, Set<Long> originalShingles, Record other) {
    // question titles repeat across every region's report: only initiative names identify
    boolean bothInitiatives = original.docType().equals(other.docType())
        && original.docType().equals(se.regionsok.record.DocType.INITIATIVE);
    if (bothInitiatives && sameName(original.title(), other.title())) {
      return true;
    }
    Set<Long> otherShingles = shingles(withoutGoals(other));
    if (originalShingles.isEmpty() || otherShingles.isEmpty()) {
      return false;
    }
    long common = otherShingles.stream().filter(originalShingles::contains).count();
    return common >= SAME_TEXT_OVERLAP * Math.min(originalShingles.size(), otherShingles.size());
  }

  /**
   * Names of one initiative as regions write them: "ReDriv" / "ReDriv – etablering av …",
   * "Regional exportsamverkan (RES)" / "Regional exportsamverkan 2023–2026": every word of the
   * shorter name (of four letters or more) appears in the longer one.
   */
  static boolean sameName(String a, String b) {
    Set<String> wordsA = nameWords(a);
    Set<String> wordsB = nameWords(b);
    if (wordsA.isEmpty() || wordsB.isEmpty()) {
      return false;
    }
    Set<String> shorter = wordsA.size() <= wordsB.size() ? wordsA : wordsB;
    Set<String> longer = shorter == wordsA ? wordsB : wordsA;
    long common = shorter.stream().filter(longer::contains).count();
    if (shorter.size() == 1) {
      return common == 1 && shorter.iterator().next().length() >= 6;
    }
    return common == shorter.size();
  }

  /** The words of a name that can tell it apart: "av", "i", "och" cannot. */
  private static Set<String> nameWords(String name) {
    Set<String> words = new HashSet<>();
    for (String word : normalize(name).split(" ")) {
      if (word.length() >= 4) {
        words.add(word);
      }
    }
    return words;
  }

  /** Lower-cased letters and digits, other runs of characters one space (a loop: it runs per candidate). */
  private static String normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().strip();
  }

  /** A region's goal paragraph repeats in all its rows: it says nothing about the initiative. */
  private static String withoutGoals(Record r) {
    return r.goalText() == null ? r.text() : r.text().replace(r.goalText(), " ");
  }

  /** The text's runs of five words, each as a hash: comparing them needs no strings. */
  static Set<Long> shingles(String text) {
    String[] words = normalize(text).split(" ");
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long hash = 0;
      for (int j = i; j < i + SHINGLE; j++) {
        hash = hash * 1_000_003L + words[j].hashCode();
      }
      shingles.add(hash);
    }
    return shingles;
  }
}
