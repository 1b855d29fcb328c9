package se.regionsok.search;

/**
 * What a query is searched as: the words {@code q} left once the regions and years it names are
 * read as {@code filters}; {@code understood} says what was read (null: the words as typed).
 * Search, facets, export and pivot search the same reading, so they count the same records.
 */
public record QueryReading(String q, Filters filters, SearchResponse.Understood understood) {
  static QueryReading asTyped(String q, Filters filters) {
    return new QueryReading(q, filters, null);
  }
}
