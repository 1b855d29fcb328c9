package se.regionsok.search;

import java.util.List;
import java.util.Map;

/** The answer to /api/search (API.md). */
public record SearchResponse(long total, int page, int size, long tookMs, List<Hit> hits,
    Map<String, List<FacetValue>> facets, String suggestion) {}
