package se.regionsok.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import java.util.function.Supplier;

/**
 * Counts a query's clauses the way IndexSearcher does before it refuses a query with
 * TooManyClauses: one per leaf query, one per term of a term, synonym or phrase query, excluded
 * clauses included, and for a fuzzy word the terms it may be rewritten into.
 */
final class ClauseCount extends QueryVisitor {
  private int clauses;

  private ClauseCount() {}

  static int of(Query query) {
    ClauseCount count = new ClauseCount();
    query.visit(count);
    return count.clauses;
  }

  @Override
  public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
    return this;
  }

  @Override
  public void visitLeaf(Query query) {
    clauses++;
  }

  @Override
  public void consumeTerms(Query query, Term... terms) {
    clauses += terms.length;
  }

  /** A fuzzy word is rewritten into a clause per similar term it finds (up to its rewrite's size). */
  @Override
  public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
    clauses += query instanceof MultiTermQuery multi
        && multi.getRewriteMethod() instanceof TopTermsRewrite<?> topTerms ? topTerms.getSize() : 1;
  }
}
