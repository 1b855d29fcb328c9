package se.regionsok.search;

/**
 * A validated search: the user's query (may be blank: every record), paging, order, filters and
 * how many values each facet lists. {@code literal}: the regions and years the query names are
 * searched as words, not read as filters.
 */
public record SearchRequest(String q, int page, int size, Sort sort, Filters filters, int facetLimit,
    boolean explain, boolean literal) {
  /** EVIDENCE: good examples first (achieved, quantified, evaluated), relevance within. */
  public enum Sort { RELEVANCE, YEAR, EVIDENCE }

  public static SearchRequest of(String q) {
    return new SearchRequest(q, 1, 10, Sort.RELEVANCE, Filters.NONE, 25, false, false);
  }

  /** The same request for other words. */
  public SearchRequest withQuery(String other) {
    return new SearchRequest(other, page, size, sort, filters, facetLimit, explain, literal);
  }

  /** The same request for a reading of its query: other words within other filters. */
  public SearchRequest within(QueryReading reading) {
    return new SearchRequest(reading.q(), page, size, sort, reading.filters(), facetLimit, explain, literal);
  }

  public boolean hasQuery() {
    return q != null && !q.isBlank();
  }
}
