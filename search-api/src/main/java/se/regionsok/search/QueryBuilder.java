package se.regionsok.search;

import static se.regionsok.schema.SearchFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user types into a Lucene query over the weighted fields. The syntax is forgiving
 * (Lucene's SimpleQueryParser never fails): words, "phrase", -exclude, OR, prefix*. Words are
 * required loosely: with three or more, most but not all must match, so a long natural question
 * still finds records while short queries stay precise; records matching more words rank first.
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
  private final Map<String, Float> weights;

  public QueryBuilder(Analyzer analyzer) {
    this(analyzer, FIELD_WEIGHTS);
  }

  public QueryBuilder(Analyzer analyzer, Map<String, Float> weights) {
    this.analyzer = analyzer;
    this.weights = Map.copyOf(weights);
  }

  /** The query for the user's text; every record for a blank one. */
  public Query build(String userQuery) {
    return build(userQuery, false);
  }

  /**
   * The query for the user's text; with {@code relaxed}, two or more words need only half of
   * them to match (for a query that matches nothing as typed).
   */
  public Query build(String userQuery, boolean relaxed) {
    if (userQuery == null || userQuery.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
    parser.setDefaultOperator(Occur.MUST);
    // multi-word synonyms ("FRO" → "fonden för en rättvis omställning") become phrases
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    Query parsed = loosen(parser.parse(toSimpleSyntax(userQuery)), relaxed);
    return isPlainWords(userQuery) ? withProximity(parser, parsed, userQuery) : parsed;
  }

  /** Records where the words stand together, as typed, rank above those that merely hold them. */
  private static Query withProximity(SimpleQueryParser parser, Query words, String userQuery) {
    BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(words, Occur.MUST);
    for (Map.Entry<String, Float> field : PROXIMITY_WEIGHTS.entrySet()) {
      Query phrase = parser.createPhraseQuery(field.getKey(), userQuery, PROXIMITY_SLOP);
      if (phrase != null && !(phrase instanceof org.apache.lucene.search.TermQuery)) {
        ranked.add(new org.apache.lucene.search.BoostQuery(phrase, field.getValue()), Occur.SHOULD);
      }
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
   * minimum to match, so one unmatched word does not empty the result.
   */
  private static Query loosen(Query parsed, boolean relaxed) {
    if (!(parsed instanceof BooleanQuery bq)) {
      return parsed == null ? new BooleanQuery.Builder().build() : parsed;
    }
    List<BooleanClause> required = new ArrayList<>();
    List<BooleanClause> others = new ArrayList<>();
    for (BooleanClause clause : bq.clauses()) {
      (clause.occur() == Occur.MUST ? required : others).add(clause);
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
