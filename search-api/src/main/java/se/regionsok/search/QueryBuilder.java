package se.regionsok.search;

import static se.regionsok.schema.SearchFields.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user types into a Lucene query over the weighted fields. The syntax is forgiving
 * (Lucene's SimpleQueryParser never fails): words, "phrase", -exclude, OR, prefix*. Words are
 * required loosely: with three or more, most but not all must match, so a long natural question
 * still finds records while short queries stay precise; records matching more words rank first.
 * Expansion (synonyms, folded fields, proximity) is bounded: a query over its {@link ClauseBudget}
 * is simplified in a fixed order rather than refused.
 */
public final class QueryBuilder {
  /**
   * Field weights, tuned on the odd-numbered half of the judged queries (ops/eval): a name says
   * most; the goal field only a little, since goal wording repeats across a region's rows.
   */
  public static final Map<String, Float> FIELD_WEIGHTS = Map.of(
      TITLE, 3.0f,
      TITLE_FOLDED, 2.0f,
      GOALS, 0.3f,
      TEXT, 1.0f,
      TEXT_FOLDED, 0.7f);
  /** Phrase fields and their weights for the proximity boost. */
  static final Map<String, Float> PROXIMITY_WEIGHTS = Map.of(TITLE, 2.0f, TEXT, 2.0f, TEXT_FOLDED, 1.0f);
  private static final int PROXIMITY_SLOP = 3;
  private static final Pattern OR_WORD = Pattern.compile("(?<=\\s)OR(?=\\s)");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"?");

  private final Analyzer analyzer;
  private final Analyzer asTyped;
  private final Map<String, Float> weights = FIELD_WEIGHTS;
  private final Set<QueryTechnique> techniques;
  private final TopicConcepts concepts;

  /**
   * @param analyzer the query chain, expanding synonyms and acronyms
   * @param asTyped the same chain without synonyms, for words whose expansion is given up
   * @param concepts the topics words name, used with {@link QueryTechnique#TOPICS}
   */
  QueryBuilder(Analyzer analyzer, Analyzer asTyped, Set<QueryTechnique> techniques, TopicConcepts concepts) {
    this.analyzer = analyzer;
    this.asTyped = asTyped;
    this.techniques = Set.copyOf(techniques);
    this.concepts = techniques.contains(QueryTechnique.TOPICS) ? concepts : null;
  }

  /** The query run for the user's text, and whether its expansion was cut to fit the budget. */
  public record Built(Query query, boolean simplified) {}

  /**
   * The query for the user's text (every record for a blank one); with {@code relaxed}, two or
   * more words need only half of them to match (for a query that matches nothing as typed). A
   * query over the clause budget is {@link #simplified simplified} until it fits.
   */
  public Built build(String userQuery, boolean relaxed, ClauseBudget budget) {
    if (userQuery == null || userQuery.isBlank()) {
      return new Built(new MatchAllDocsQuery(), false);
    }
    Parsers parsers = new Parsers(budget.reader());
    Query words = parsers.parse(userQuery, relaxed, weights, Set.of());
    if (!budget.fits(words)) {
      return new Built(simplified(parsers, userQuery, relaxed, budget), true);
    }
    if (!isPlainWords(userQuery)) {
      return new Built(words, false);
    }
    Query ranked = withProximity(parsers.of(weights, Set.of()), words, userQuery);
    return budget.fits(ranked) ? new Built(ranked, false) : new Built(words, true);
  }

  /**
   * Gives up expansion in a fixed order until the query fits: the proximity boost (already gone
   * here), then the folded fields (diacritic-free and OCR alternatives), then the synonyms of the
   * words whose alternatives occur in the fewest records, and last the words at the end.
   */
  private Query simplified(Parsers parsers, String q, boolean relaxed, ClauseBudget budget) {
    Map<String, Float> unfolded = new HashMap<>(weights);
    unfolded.keySet().removeAll(Set.of(TITLE_FOLDED, TEXT_FOLDED));
    List<String> rarestFirst = Expansions.rarestFirst(parsers.of(unfolded, Set.of()),
        parsers.marked(q).query(), budget.reader());
    Fitting fewerExpansions = Fitting.smallest(0, rarestFirst.size(), budget,
        n -> parsers.parse(q, relaxed, unfolded, Set.copyOf(rarestFirst.subList(0, n))));
    if (fewerExpansions != null) {
      return fewerExpansions.query();
    }
    Set<String> noneExpanded = Set.copyOf(rarestFirst);
    String[] words = q.strip().split("\\s+");
    Fitting leadingWords = Fitting.largest(1, words.length - 1, budget, n -> parsers.parse(
        String.join(" ", Arrays.asList(words).subList(0, n)), relaxed, unfolded, noneExpanded));
    if (leadingWords != null) {
      return leadingWords.query();
    }
    Fitting leadingCharacters = Fitting.largest(1, words[0].length() - 1, budget,
        n -> parsers.parse(words[0].substring(0, n), relaxed, unfolded, noneExpanded));
    return leadingCharacters == null ? new MatchNoDocsQuery() : leadingCharacters.query();
  }

  /**
   * The parsers of one build. They share the queries of the words they analysed, so trying
   * several cuts of a long query costs little more than parsing it once.
   */
  private final class Parsers {
    private final IndexReader reader;
    private final Map<Map<String, Float>, Map<String, Query>> expanded = new HashMap<>();
    private final Map<Map<String, Float>, Map<String, Query>> typed = new HashMap<>();
    private final Map<String, SynonymSpans.Marked> marked = new HashMap<>();

    Parsers(IndexReader reader) {
      this.reader = reader;
    }

    ExpandingParser of(Map<String, Float> fields, Set<String> keptAsTyped) {
      return of(fields, keptAsTyped, Set.of());
    }

    private ExpandingParser of(Map<String, Float> fields, Set<String> keptAsTyped, Set<String> spans) {
      ExpandingParser plain = new ExpandingParser(asTyped, fields, Set.of(), Set.of(),
          typed.computeIfAbsent(fields, f -> new HashMap<>()), null, null);
      return new ExpandingParser(analyzer, fields, keptAsTyped, spans,
          expanded.computeIfAbsent(fields, f -> new HashMap<>()), plain,
          concepts == null ? null : (text, word) -> concepts.widened(text, word, reader));
    }

    /** The query in the parser's syntax, its multi-word synonym runs quoted. */
    SynonymSpans.Marked marked(String userQuery) {
      return marked.computeIfAbsent(toSimpleSyntax(userQuery),
          q -> techniques.contains(QueryTechnique.PHRASE_SYNONYMS)
              ? SynonymSpans.mark(analyzer, q) : new SynonymSpans.Marked(q, Set.of()));
    }

    /** The words of the query, loosened; null when Lucene refused to build it (too many alternatives). */
    Query parse(String userQuery, boolean relaxed, Map<String, Float> fields, Set<String> keptAsTyped) {
      SynonymSpans.Marked query = marked(userQuery);
      try {
        ExpandingParser parser = of(fields, keptAsTyped, query.spans());
        return loosen(parser.parse(query.query()), relaxed, parser);
      } catch (IndexSearcher.TooManyClauses tooMany) {
        return null;
      }
    }
  }

  /**
   * Records where the words stand together, as typed, rank above those that merely hold them; null
   * when the phrase has more alternatives than Lucene builds.
   */
  private static Query withProximity(ExpandingParser parser, Query words, String userQuery) {
    BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(words, Occur.MUST);
    try {
      for (Map.Entry<String, Float> field : PROXIMITY_WEIGHTS.entrySet()) {
        Query phrase = parser.createPhraseQuery(field.getKey(), userQuery, PROXIMITY_SLOP);
        if (phrase != null && !(phrase instanceof org.apache.lucene.search.TermQuery)) {
          ranked.add(new org.apache.lucene.search.BoostQuery(phrase, field.getValue()), Occur.SHOULD);
        }
      }
    } catch (IndexSearcher.TooManyClauses tooManyAlternatives) {
      return null;
    }
    return ranked.build();
  }

  /** Two or more words and no operators: the proximity boost applies. */
  static boolean isPlainWords(String q) {
    return q.strip().split("\\s+").length >= 2 && !q.matches(".*[\"*|+()~-].*")
        && !OR_WORD.matcher(q).find();
  }

  /** API.md spells OR as a word; SimpleQueryParser wants '|'. Quoted text is left alone. */
  static String toSimpleSyntax(String q) {
    StringBuilder out = new StringBuilder();
    Matcher quoted = QUOTED.matcher(q);
    int last = 0;
    while (quoted.find()) {
      out.append(OR_WORD.matcher(q.substring(last, quoted.start())).replaceAll("|"));
      out.append(quoted.group());
      last = quoted.end();
    }
    out.append(OR_WORD.matcher(q.substring(last)).replaceAll("|"));
    return out.toString();
  }

  /**
   * Default-operator words come back as MUST clauses; from three words on they become SHOULD with a
   * minimum to match, so one unmatched word does not empty the result. The words of a synonym run
   * count one by one among other words; typed alone, the run is a name and all of it must match.
   */
  private static Query loosen(Query parsed, boolean relaxed, ExpandingParser parser) {
    if (!(parsed instanceof BooleanQuery bq) || parser.isSynonymSpan(parsed)) {
      return parsed == null ? new BooleanQuery.Builder().build() : parsed;
    }
    List<BooleanClause> required = new ArrayList<>();
    List<BooleanClause> others = new ArrayList<>();
    for (BooleanClause clause : bq.clauses()) {
      if (clause.occur() == Occur.MUST && parser.isSynonymSpan(clause.query())) {
        required.addAll(((BooleanQuery) clause.query()).clauses());
      } else {
        (clause.occur() == Occur.MUST ? required : others).add(clause);
      }
    }
    if (required.size() < (relaxed ? 2 : 3) || others.stream().anyMatch(c -> c.occur() == Occur.SHOULD)) {
      return parsed;
    }
    BooleanQuery.Builder loose = new BooleanQuery.Builder();
    required.forEach(c -> loose.add(c.query(), Occur.SHOULD));
    others.forEach(loose::add);
    loose.setMinimumNumberShouldMatch(relaxed
        ? (required.size() + 1) / 2 : minimumToMatch(required.size()));
    return loose.build();
  }

  /** Three or four words: all but one; more (natural questions): three quarters (tuned). */
  static int minimumToMatch(int words) {
    return words <= 4 ? words - 1 : (int) Math.ceil(words * 0.75);
  }
}
