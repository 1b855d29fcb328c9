package se.regionsok.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's SimpleQueryParser over weighted fields that searches the words and phrases in
 * {@code keptAsTyped} without their synonyms (through the {@code asTyped} parser), and notes
 * every word and phrase it parses. The quoted {@link SynonymSpans synonym runs} are searched as
 * their words as typed or the entry's synonyms; a synonym weighs less than the words typed.
 */
final class ExpandingParser extends SimpleQueryParser {
  /** Remembered for a word whose alternatives Lucene refused to build. */
  private static final Query TOO_MANY_ALTERNATIVES = new MatchNoDocsQuery("too many alternatives");
  private final Set<String> keptAsTyped;
  private final Set<String> synonymSpans;
  private final ExpandingParser asTyped;
  private final Map<String, Query> memo;
  private final BiFunction<String, Query, Query> widen;
  private final List<String> parsed = new ArrayList<>();
  private final Set<Query> spans = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /**
   * @param memo the queries of words already analysed with this analyzer and these fields
   * @param asTyped the parser without synonyms; null for that parser itself
   * @param widen a word's query widened to the records of a topic it names ({@link TopicConcepts});
   *     null: words only
   */
  ExpandingParser(Analyzer analyzer, Map<String, Float> fields, Set<String> keptAsTyped,
      Set<String> synonymSpans, Map<String, Query> memo, ExpandingParser asTyped,
      BiFunction<String, Query, Query> widen) {
    super(analyzer, fields);
    this.keptAsTyped = keptAsTyped;
    this.synonymSpans = synonymSpans;
    this.memo = memo;
    this.asTyped = asTyped;
    this.widen = widen;
    setDefaultOperator(Occur.MUST);
    // multi-word synonyms ("FRO" → "fonden för en rättvis omställning") become phrases
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  @Override
  protected Query newDefaultQuery(String text) {
    parsed.add(text);
    if (keptAsTyped.contains(text)) {
      return asTyped.newDefaultQuery(text);
    }
    Query word = remembered(text, () -> super.newDefaultQuery(text));
    return widen == null || word == null ? word : widen.apply(text, word);
  }

  @Override
  protected Query newPhraseQuery(String text, int slop) {
    if (synonymSpans.contains(text)) {
      return synonymSpan(text);
    }
    parsed.add(text);
    return keptAsTyped.contains(text) ? asTyped.newPhraseQuery(text, slop)
        : remembered("\"" + text + "\"~" + slop, () -> super.newPhraseQuery(text, slop));
  }

  /**
   * A run of words a multi-word synonym covers: each of its words, as before, or the entry as a
   * token graph (the words as a phrase, or any synonym at its weight). The graph stands in for
   * every word, so a record naming only the synonym counts as holding them all when most words
   * must match, and scores it once (a share on each). Without expansion: the words.
   */
  private Query synonymSpan(String text) {
    parsed.add(text);
    Query graph = keptAsTyped.contains(text) ? null
        : remembered("span:" + text, () -> super.newPhraseQuery(text, 0));
    List<Query> words = new ArrayList<>();
    for (String word : text.split(" ")) {
      Query one = remembered(word, () -> super.newDefaultQuery(word));
      if (one != null) {
        words.add(one);
      }
    }
    if (words.isEmpty()) {
      return graph;
    }
    BooleanQuery.Builder span = new BooleanQuery.Builder();
    for (Query word : words) {
      span.add(graph == null ? word : new BooleanQuery.Builder().add(word, Occur.SHOULD)
          .add(new BoostQuery(graph, 1f / words.size()), Occur.SHOULD).build(), Occur.MUST);
    }
    Query built = span.build();
    spans.add(built);
    return built;
  }

  /** The queries of synonym runs: their words count one by one when most words must match. */
  boolean isSynonymSpan(Query query) {
    return spans.contains(query);
  }

  /** A multi-word synonym is a phrase; it weighs what its injected tokens weigh (below 1). */
  @Override
  protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
    CachingTokenFilter tokens = new CachingTokenFilter(stream);
    BoostAttribute boost = tokens.addAttribute(BoostAttribute.class);
    float weight = 1f;
    tokens.reset();
    while (tokens.incrementToken()) {
      weight = Math.min(weight, boost.getBoost());
    }
    Query phrase = super.analyzePhrase(field, tokens, slop);
    return weight < 1f ? new BoostQuery(phrase, weight) : phrase;
  }

  /**
   * Lucene's queries are immutable, so one analysis of a word serves every parse of a build; so
   * does the finding that a word has more alternatives than Lucene builds.
   */
  private Query remembered(String key, java.util.function.Supplier<Query> analysis) {
    if (!memo.containsKey(key)) {
      try {
        memo.put(key, analysis.get()); // null for a stop word, remembered too
      } catch (IndexSearcher.TooManyClauses tooMany) {
        memo.put(key, TOO_MANY_ALTERNATIVES);
      }
    }
    Query query = memo.get(key);
    if (query == TOO_MANY_ALTERNATIVES) {
      throw new IndexSearcher.TooManyClauses();
    }
    return query;
  }

  /** The words and phrases of a query in the parser's syntax, in order, without expanding any. */
  List<String> wordsOf(String simpleSyntax) {
    try {
      asTyped.parse(simpleSyntax);
    } catch (IndexSearcher.TooManyClauses tooMany) {
      // the words noted before Lucene gave up are the ones the budget can hold anyway
    }
    return List.copyOf(asTyped.parsed);
  }

  /** One word or phrase on its own, with or without its synonyms. */
  Query alone(String text, boolean expanded) {
    return expanded ? remembered(text, () -> super.newDefaultQuery(text)) : asTyped.newDefaultQuery(text);
  }
}
