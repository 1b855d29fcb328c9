package se.regionsok.search;

/**
 * A validated search: the user's query (may be blank: every record), paging, order, filters and
 * how many values each facet lists. {@code literal}: the regions and years the query names are
 * searched as words, not read as filters.
 */
public record SearchRequest(String q, int page, int size, Sort sort, Filters filters, int facetLimit,
    boolean explain, boolean literal) {
  /**
   * The orders of results, by the name the API takes: YEAR newest first, YEAR_ASC oldest first,
   * REGION A–Ö; EVIDENCE good examples first (achieved, quantified, evaluated). Relevance decides
   * within each.
   */
  public enum Sort {
    RELEVANCE("relevance"), YEAR("year"), YEAR_ASC("yearAsc"), REGION("region"), EVIDENCE("evidence");

    private final String apiName;

    Sort(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }

    public static java.util.Optional<Sort> named(String name) {
      return java.util.Arrays.stream(values()).filter(s -> s.apiName.equals(name)).findFirst();
    }

    /** The names the API takes, for error messages and the OpenAPI document. */
    public static java.util.List<String> apiNames() {
      return java.util.Arrays.stream(values()).map(Sort::apiName).toList();
    }
  }

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
