package se.regionsok.search;

import static se.regionsok.schema.SearchFields.*;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Regions;
import se.regionsok.record.Tagged;

/**
 * Dimensions listed whole: every known value in a fixed order, zero counts included, so a
 * dashboard's axes do not change with the filters (a region without records shows 0, years run
 * ascending, goals 1–17). Other dimensions stay ordered by count. A new dimension joins with one
 * line in {@link #DOMAINS}.
 */
final class FacetDomains {
  /** A dimension's known values in order, given the values the whole index holds for it. */
  private static final Map<String, UnaryOperator<List<String>>> DOMAINS = Map.of(
      FACET_REGION, indexed -> Regions.CANONICAL,
      FACET_AREA, indexed -> PolicyArea.labels(),
      FACET_YEAR, indexed -> indexed.stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList(),
      FACET_SDG, indexed -> IntStream.rangeClosed(1, 17).mapToObj(String::valueOf).toList(),
      FACET_SDG_SOURCE, indexed -> List.of(Tagged.EXPLICIT, Tagged.INFERRED));

  /** Official codes of a dimension's values. */
  private static final Map<String, Function<String, String>> CODES = Map.of(FACET_REGION, Regions::code);

  private FacetDomains() {}

  static boolean complete(String dim) {
    return DOMAINS.containsKey(dim);
  }

  /**
   * The values to answer for a dimension: for a complete one every known value in its order with
   * its count (0 when not counted), zeros dropped unless asked for; for the others the counted values.
   */
  static List<FacetValue> arrange(String dim, List<FacetValue> counted, List<String> indexed, boolean zeros) {
    Function<String, String> code = CODES.getOrDefault(dim, value -> null);
    if (!complete(dim)) {
      return counted.stream().map(v -> new FacetValue(v.value(), v.count(), code.apply(v.value()))).toList();
    }
    Map<String, Long> counts = new java.util.HashMap<>();
    counted.forEach(v -> counts.put(v.value(), v.count()));
    return DOMAINS.get(dim).apply(indexed).stream()
        .map(value -> new FacetValue(value, counts.getOrDefault(value, 0L), code.apply(value)))
        .filter(v -> zeros || v.count() > 0)
        .toList();
  }

  static String code(String dim, String value) {
    return CODES.getOrDefault(dim, v -> null).apply(value);
  }
}
