package se.regionsok.search;

import static se.regionsok.schema.SearchFields.*;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import se.regionsok.record.Record;
import se.regionsok.record.SdgRef;
import se.regionsok.record.Tagged;

/**
 * Comparable records: Lucene's MoreLikeThis over the record's name, text and goals, boosted by
 * shared policy area, RUS theme and Agenda 2030 goals. The same initiative reported again (same
 * name, or nearly the same text) is grouped apart rather than shown as "similar".
 */
final class SimilarRecords {
  private static final int SHINGLE = 5;
  private static final double SAME_TEXT_OVERLAP = 0.6;

  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig;

  SimilarRecords(Analyzer analyzer, FacetsConfig facetsConfig) {
    this.analyzer = analyzer;
    this.facetsConfig = facetsConfig;
  }

  record Result(Record original, List<Hit> hits, List<Hit> sameInitiative) {}

  Result find(FacetedSearcher searcher, Record original, Filters filters, int size,
      boolean otherRegions, Function<ScoreDoc[], List<Hit>> toHits) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {TITLE, TEXT, GOALS});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreqPct(20); // words in a fifth of all records say nothing about likeness
    mlt.setMaxQueryTerms(40);
    mlt.setBoost(true);
    Map<String, java.util.Collection<Object>> fields = Map.of(
        TITLE, List.of(original.title()),
        TEXT, List.of(original.text()),
        GOALS, List.of(original.goalText() == null ? "" : original.goalText()));
    Query like = mlt.like(fields);
    Set<String> interesting = Set.of(mlt.retrieveInterestingTerms(new StringReader(original.text()), TEXT));

    BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.MUST);
    facetBoosts(original).forEach(q -> query.add(q, Occur.SHOULD));
    query.add(new TermQuery(new Term(ID, original.id())), Occur.MUST_NOT);
    if (otherRegions) {
      query.add(facetTerm(FACET_REGION, original.region()), Occur.MUST_NOT);
    }
    DrillDownQuery filtered = FacetFilters.drillDown(facetsConfig,
        SearchService.baseQuery(query.build(), filters), filters);

    // over-fetch: the same initiative reported again is moved out of the list
    TopDocs top = searcher.search(filtered, size * 2 + 10);
    List<Hit> hits = new ArrayList<>();
    List<Hit> same = new ArrayList<>();
    Set<String> originalShingles = shingles(withoutGoals(original));
    Map<String, String> surface = surfaceForms(original.text());
    List<Hit> candidates = toHits.apply(top.scoreDocs);
    for (int i = 0; i < candidates.size(); i++) {
      Record other = SearchService.recordAt(searcher, top.scoreDocs[i].doc);
      Hit hit = candidates.get(i).withWhy(why(original, other, interesting, surface));
      if (sameInitiative(original, originalShingles, other)) {
        same.add(hit);
      } else if (hits.size() < size) {
        hits.add(hit);
      }
    }
    return new Result(original, hits, same);
  }

  private List<Query> facetBoosts(Record r) {
    List<Query> boosts = new ArrayList<>();
    r.area().forEach(a -> boosts.add(new BoostQuery(facetTerm(FACET_AREA, a), 0.5f)));
    r.rusThemes().forEach(t -> boosts.add(new BoostQuery(facetTerm(FACET_RUS_THEME, t.theme()), 0.3f)));
    r.sdgs().forEach(s -> boosts.add(new BoostQuery(facetTerm(FACET_SDG, String.valueOf(s.goal())), 0.2f)));
    return boosts;
  }

  private Query facetTerm(String dim, String value) {
    return new TermQuery(DrillDownQuery.term(facetsConfig.getDimConfig(dim).indexFieldName, dim, value));
  }

  private Hit.Similarity why(Record original, Record other, Set<String> interesting,
      Map<String, String> surface) throws IOException {
    Set<String> otherTerms = terms(other.title() + "\n" + other.text());
    List<String> sharedTerms = interesting.stream().filter(otherTerms::contains)
        .map(term -> surface.getOrDefault(term, term))
        .filter(word -> word.length() >= 3 && word.chars().allMatch(Character::isLetter))
        .distinct().sorted().limit(12).toList();
    Map<String, List<String>> sharedFacets = new LinkedHashMap<>();
    putShared(sharedFacets, FACET_AREA, original.area(), other.area());
    putShared(sharedFacets, FACET_RUS_THEME, themes(original), themes(other));
    putShared(sharedFacets, FACET_SDG, sdgs(original), sdgs(other));
    putShared(sharedFacets, FACET_PROGRAM, original.programs(), other.programs());
    return new Hit.Similarity(sharedTerms, sharedFacets);
  }

  private static void putShared(Map<String, List<String>> into, String dim, List<String> a, List<String> b) {
    List<String> shared = a.stream().filter(b::contains).distinct().toList();
    if (!shared.isEmpty()) {
      into.put(dim, shared);
    }
  }

  private static List<String> themes(Record r) {
    return r.rusThemes().stream().map(Tagged::theme).toList();
  }

  private static List<String> sdgs(Record r) {
    return r.sdgs().stream().map(SdgRef::goal).map(String::valueOf).toList();
  }

  /**
   * Index term → the shortest word of the text it came from, so "why" shows words a reader
   * knows ("energieffektivitet") rather than stems.
   */
  private Map<String, String> surfaceForms(String text) throws IOException {
    Map<String, String> surface = new java.util.HashMap<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
        surface.merge(term.toString(), word, (a, b) -> b.length() < a.length() ? b : a);
      }
      stream.end();
    }
    return surface;
  }

  private Set<String> terms(String text) throws IOException {
    Set<String> terms = new HashSet<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  /** The same initiative: the same name, or most of the text's word sequences in common. */
  static boolean sameInitiative(Record original, Set<String> originalShingles, Record other) {
    // question titles repeat across every region's report: only initiative names identify
    boolean bothInitiatives = original.docType().equals(other.docType())
        && original.docType().equals(se.regionsok.record.DocType.INITIATIVE);
    if (bothInitiatives && sameName(original.title(), other.title())) {
      return true;
    }
    Set<String> otherShingles = shingles(withoutGoals(other));
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

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** A region's goal paragraph repeats in all its rows: it says nothing about the initiative. */
  private static String withoutGoals(Record r) {
    return r.goalText() == null ? r.text() : r.text().replace(r.goalText(), " ");
  }

  static Set<String> shingles(String text) {
    String[] words = normalize(text).split(" ");
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      shingles.add(String.join(" ", java.util.Arrays.asList(words).subList(i, i + SHINGLE)));
    }
    return shingles;
  }
}
