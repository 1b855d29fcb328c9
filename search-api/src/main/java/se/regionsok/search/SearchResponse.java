package se.regionsok.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to /api/search (API.md). {@code partialMatch}: no record held all the words, so the
 * hits hold at least half of them. {@code simplified}: the query's expansion (synonyms, folded
 * fields, proximity) was cut to fit the clause budget.
 */
public record SearchResponse(long total, int page, int size, long tookMs, List<Hit> hits,
    Map<String, List<FacetValue>> facets, String suggestion, boolean partialMatch, boolean simplified) {}
