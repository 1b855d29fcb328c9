package se.regionsok.search;

/**
 * A validated search: the user's query (may be blank: every record), paging, order, filters and
 * how many values each facet lists.
 */
public record SearchRequest(String q, int page, int size, Sort sort, Filters filters, int facetLimit,
    boolean explain) {
  /** EVIDENCE: good examples first (achieved, quantified, evaluated), relevance within. */
  public enum Sort { RELEVANCE, YEAR, EVIDENCE }

  public static SearchRequest of(String q) {
    return new SearchRequest(q, 1, 10, Sort.RELEVANCE, Filters.NONE, 25, false);
  }

  public boolean hasQuery() {
    return q != null && !q.isBlank();
  }
}
