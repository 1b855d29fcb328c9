package se.regionsok.search;

/**
 * What a query is searched as: the words {@code q} left once the regions and years it names are
 * read as {@code filters}; {@code understood} says what was read (null: the words as typed).
 * {@code correctedFrom}/{@code correctedTo}: the query as typed found nothing, so its spelling
 * correction was read instead (null otherwise). Search, facets, export and pivot search the same
 * reading, so they count the same records.
 */
public record QueryReading(String q, Filters filters, SearchResponse.Understood understood,
    String correctedFrom, String correctedTo) {
  static QueryReading asTyped(String q, Filters filters) {
    return new QueryReading(q, filters, null, null, null);
  }

  /** This reading of {@code correction}, as the one for {@code typed}. */
  QueryReading correcting(String typed, String correction) {
    return new QueryReading(q, filters, understood, typed, correction);
  }
}
