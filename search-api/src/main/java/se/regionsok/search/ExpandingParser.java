package se.regionsok.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;

/**
 * Lucene's SimpleQueryParser over weighted fields that searches the words and phrases in
 * {@code keptAsTyped} without their synonyms (through the {@code asTyped} parser), and notes
 * every word and phrase it parses.
 */
final class ExpandingParser extends SimpleQueryParser {
  private final Set<String> keptAsTyped;
  private final ExpandingParser asTyped;
  private final Map<String, Query> memo;
  private final List<String> parsed = new ArrayList<>();

  /**
   * @param memo the queries of words already analysed with this analyzer and these fields
   * @param asTyped the parser without synonyms; null for that parser itself
   */
  ExpandingParser(Analyzer analyzer, Map<String, Float> fields, Set<String> keptAsTyped,
      Map<String, Query> memo, ExpandingParser asTyped) {
    super(analyzer, fields);
    this.keptAsTyped = keptAsTyped;
    this.memo = memo;
    this.asTyped = asTyped;
    setDefaultOperator(Occur.MUST);
    // multi-word synonyms ("FRO" → "fonden för en rättvis omställning") become phrases
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  @Override
  protected Query newDefaultQuery(String text) {
    parsed.add(text);
    return keptAsTyped.contains(text) ? asTyped.newDefaultQuery(text) : remembered(text, () -> super.newDefaultQuery(text));
  }

  @Override
  protected Query newPhraseQuery(String text, int slop) {
    parsed.add(text);
    return keptAsTyped.contains(text) ? asTyped.newPhraseQuery(text, slop)
        : remembered("\"" + text + "\"~" + slop, () -> super.newPhraseQuery(text, slop));
  }

  /** Lucene's queries are immutable, so one analysis of a word serves every parse of a build. */
  private Query remembered(String key, java.util.function.Supplier<Query> analysis) {
    if (!memo.containsKey(key)) {
      memo.put(key, analysis.get()); // null for a stop word, remembered too
    }
    return memo.get(key);
  }

  /** The words and phrases of a query in the parser's syntax, in order, without expanding any. */
  List<String> wordsOf(String simpleSyntax) {
    try {
      asTyped.parse(simpleSyntax);
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses tooMany) {
      // the words noted before Lucene gave up are the ones the budget can hold anyway
    }
    return List.copyOf(asTyped.parsed);
  }

  /** One word or phrase on its own, with or without its synonyms. */
  Query alone(String text, boolean expanded) {
    return expanded ? remembered(text, () -> super.newDefaultQuery(text)) : asTyped.newDefaultQuery(text);
  }
}
