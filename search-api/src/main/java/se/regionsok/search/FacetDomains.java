package se.regionsok.search;

import static se.regionsok.schema.SearchFields.*;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import se.regionsok.record.Outcomes;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Regions;
import se.regionsok.record.Tagged;

/**
 * Dimensions listed whole: every known value in a fixed order, zero counts included, so a
 * dashboard's axes do not change with the filters (a region without records shows 0, years run
 * ascending, goals 1–17, outcome statuses as {@link Outcomes#STATUSES}). Topics come from the
 * index (the vocabulary belongs to the indexer), each area before its topics, alphabetically in
 * Swedish. Other dimensions stay ordered by count. A new dimension joins with one line in
 * {@link #DOMAINS}.
 */
final class FacetDomains {
  /** A dimension's known values in order, given the values the whole index holds for it. */
  private static final Map<String, UnaryOperator<List<String>>> DOMAINS = Map.of(
      FACET_REGION, indexed -> Regions.CANONICAL,
      FACET_AREA, indexed -> PolicyArea.labels(),
      FACET_YEAR, indexed -> indexed.stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList(),
      FACET_SDG, indexed -> IntStream.rangeClosed(1, 17).mapToObj(String::valueOf).toList(),
      FACET_SDG_SOURCE, indexed -> List.of(Tagged.EXPLICIT, Tagged.INFERRED),
      FACET_OUTCOME, indexed -> Outcomes.STATUSES,
      FACET_REPORTED, indexed -> List.of("true", "false"),
      FACET_TOPIC, indexed -> indexed.stream().sorted(FacetDomains::byAreaThenTopic).toList());

  private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

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

  /** "Energi", "Energi/Vätgas", … "Transporter": an area, then its topics, å/ä/ö last. */
  private static int byAreaThenTopic(String a, String b) {
    int byArea = SWEDISH.compare(area(a), area(b));
    if (byArea != 0) {
      return byArea;
    }
    return a.contains("/") != b.contains("/") ? (a.contains("/") ? 1 : -1) : SWEDISH.compare(a, b);
  }

  private static String area(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }

  static String code(String dim, String value) {
    return CODES.getOrDefault(dim, v -> null).apply(value);
  }
}
