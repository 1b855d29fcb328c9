package se.regionsok.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.regionsok.record.Record;

/** A record's facet values keyed by the API's facet parameter, as the peers index them. */
final class RecordFacets {
  private RecordFacets() {}

  /** In the order of {@link PgLoad#FACETS}. */
  static Map<String, List<String>> of(Record r) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("region", List.of(r.region()));
    values.put("area", distinct(r.area(), Function.identity()));
    values.put("docType", List.of(r.docType()));
    values.put("rusGoal", distinct(r.rusGoals(), Function.identity()));
    values.put("rusTheme", distinct(r.rusThemes(), t -> t.theme()));
    values.put("program", distinct(r.programs(), Function.identity()));
    values.put("sdg", distinct(r.sdgs(), g -> String.valueOf(g.goal())));
    values.put("year", List.of(String.valueOf(r.year())));
    return values;
  }

  private static <T> List<String> distinct(List<T> values, Function<T, String> text) {
    return values.stream().map(text).distinct().toList();
  }
}
