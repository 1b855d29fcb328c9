package se.regionsok.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One value of a facet, how many records have it, its official code where it has one (region:
 * länskod), and for a RUS goal the regions whose strategies it belongs to.
 */
public record FacetValue(String value, long count,
    @JsonInclude(JsonInclude.Include.NON_NULL) String code,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> regions) {

  public FacetValue(String value, long count, String code) {
    this(value, count, code, null);
  }

  public FacetValue(String value, long count) {
    this(value, count, null, null);
  }

  FacetValue withRegions(List<String> goalRegions) {
    return new FacetValue(value, count, code, goalRegions);
  }
}
