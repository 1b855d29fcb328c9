package se.regionsok.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One value of a facet, how many records have it, and its official code where it has one (region: länskod). */
public record FacetValue(String value, long count,
    @JsonInclude(JsonInclude.Include.NON_NULL) String code) {

  public FacetValue(String value, long count) {
    this(value, count, null);
  }
}
