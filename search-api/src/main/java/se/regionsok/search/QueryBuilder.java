package se.regionsok.search;

import static se.regionsok.analysis.SearchFields.*;

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
  /** Field weights: names and goals say more about a record than its body. */
  public static final Map<String, Float> FIELD_WEIGHTS = Map.of(
      TITLE, 3.0f,
      TITLE_FOLDED, 2.0f,
      GOALS, 1.2f,
      TEXT, 1.0f,
      TEXT_FOLDED, 0.7f);
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
    if (userQuery == null || userQuery.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
    parser.setDefaultOperator(Occur.MUST);
    // multi-word synonyms ("FRO" → "fonden för en rättvis omställning") become phrases
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    Query parsed = parser.parse(toSimpleSyntax(userQuery));
    return loosen(parsed);
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
  private static Query loosen(Query parsed) {
    if (!(parsed instanceof BooleanQuery bq)) {
      return parsed == null ? new BooleanQuery.Builder().build() : parsed;
    }
    List<BooleanClause> required = new ArrayList<>();
    List<BooleanClause> others = new ArrayList<>();
    for (BooleanClause clause : bq.clauses()) {
      (clause.occur() == Occur.MUST ? required : others).add(clause);
    }
    if (required.size() < 3 || others.stream().anyMatch(c -> c.occur() == Occur.SHOULD)) {
      return parsed;
    }
    BooleanQuery.Builder loose = new BooleanQuery.Builder();
    required.forEach(c -> loose.add(c.query(), Occur.SHOULD));
    others.forEach(loose::add);
    loose.setMinimumNumberShouldMatch(minimumToMatch(required.size()));
    return loose.build();
  }

  static int minimumToMatch(int words) {
    return words <= 4 ? words - 1 : (int) Math.ceil(words * 0.6);
  }
}
