package se.regionsok.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The words of a query whose synonyms add clauses, rarest expansion first: the alternatives a
 * word adds that occur in the fewest records are the cheapest to give up. A word whose
 * alternatives cannot even be built (too many) comes first of all.
 */
final class Expansions {
  private Expansions() {}

  static List<String> rarestFirst(ExpandingParser parser, String userQuery, IndexReader reader) {
    Map<String, Long> recordsAdded = new LinkedHashMap<>();
    for (String word : parser.wordsOf(QueryBuilder.toSimpleSyntax(userQuery))) {
      if (!recordsAdded.containsKey(word)) {
        Long added = recordsAdded(parser, word, reader);
        if (added != null) {
          recordsAdded.put(word, added);
        }
      }
    }
    return recordsAdded.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .map(Map.Entry::getKey).toList();
  }

  /** The summed document frequency of the terms the word's synonyms add; null when they add none (or it is a stop word). */
  private static Long recordsAdded(ExpandingParser parser, String word, IndexReader reader) {
    Query asTyped = parser.alone(word, false);
    Query expanded;
    try {
      expanded = parser.alone(word, true);
    } catch (IndexSearcher.TooManyClauses tooMany) {
      return -1L;
    }
    if (asTyped == null || expanded == null || ClauseCount.of(expanded) <= ClauseCount.of(asTyped)) {
      return null;
    }
    Set<Term> added = terms(expanded);
    added.removeAll(terms(asTyped));
    long records = 0;
    try {
      for (Term term : added) {
        records += reader.docFreq(term);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static Set<Term> terms(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }

      @Override
      public void consumeTerms(Query q, Term... consumed) {
        terms.addAll(List.of(consumed));
      }
    });
    return terms;
  }
}
