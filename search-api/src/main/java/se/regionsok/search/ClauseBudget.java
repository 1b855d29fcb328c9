package se.regionsok.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * How many clauses the user's query may have: Lucene refuses a query of more than
 * {@link IndexSearcher#getMaxClauseCount()} (1024) clauses, and the filters and the fixed parts of
 * the search take their share first. {@code reader} tells which expansions are rarest.
 */
public record ClauseBudget(int clauses, IndexReader reader) {
  /** The budget left for the user's words once {@code fixedPart} (filters, exclusions) is counted. */
  static ClauseBudget besides(Query fixedPart, IndexReader reader) {
    return new ClauseBudget(IndexSearcher.getMaxClauseCount() - ClauseCount.of(fixedPart), reader);
  }

  /** False also for a query that could not be built at all (null). */
  boolean fits(Query query) {
    return query != null && ClauseCount.of(query) <= clauses;
  }
}
