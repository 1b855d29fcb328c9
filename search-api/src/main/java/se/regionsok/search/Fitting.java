package se.regionsok.search;

import java.util.function.IntFunction;
import org.apache.lucene.search.Query;

/**
 * Bisection over a count that a query's clauses grow (or shrink) with: how many expansions to give
 * up, how many words to keep. Only a query that was counted and fits is ever returned.
 */
record Fitting(int count, Query query) {
  /** The smallest count in [from, to] whose query fits; null when not even {@code to} does. */
  static Fitting smallest(int from, int to, ClauseBudget budget, IntFunction<Query> build) {
    Query atTo = build.apply(to);
    if (!budget.fits(atTo)) {
      return null;
    }
    Fitting best = new Fitting(to, atTo);
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      Query candidate = build.apply(mid);
      if (budget.fits(candidate)) {
        best = new Fitting(mid, candidate);
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return best;
  }

  /** The largest count in [from, to] whose query fits; null when not even {@code from} does. */
  static Fitting largest(int from, int to, ClauseBudget budget, IntFunction<Query> build) {
    if (from > to) {
      return null;
    }
    Query atFrom = build.apply(from);
    if (!budget.fits(atFrom)) {
      return null;
    }
    Fitting best = new Fitting(from, atFrom);
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      Query candidate = build.apply(mid);
      if (budget.fits(candidate)) {
        best = new Fitting(mid, candidate);
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }
}
