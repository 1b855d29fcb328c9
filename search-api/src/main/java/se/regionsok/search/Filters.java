package se.regionsok.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facet filters of a request: values of one facet are OR-ed, different facets AND-ed
 * (API.md). {@code byFacet} maps a facet dimension to its canonical values; the year range is kept
 * apart because it is a range, not a facet value.
 */
public record Filters(Map<String, List<String>> byFacet, Integer yearFrom, Integer yearTo) {
  public static final Filters NONE = new Filters(Map.of(), null, null);

  public Filters {
    byFacet = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byFacet));
  }

  /** These filters with one facet's values replaced (none: the facet unfiltered). */
  public Filters with(String dim, List<String> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>(byFacet);
    if (values.isEmpty()) {
      copy.remove(dim);
    } else {
      copy.put(dim, List.copyOf(values));
    }
    return new Filters(copy, yearFrom, yearTo);
  }
}
