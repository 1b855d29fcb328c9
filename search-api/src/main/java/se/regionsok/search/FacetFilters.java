package se.regionsok.search;

import static se.regionsok.schema.SearchFields.FACET_SDG;
import static se.regionsok.schema.SearchFields.FACET_SDG_BY_SOURCE;
import static se.regionsok.schema.SearchFields.FACET_SDG_SOURCE;
import static se.regionsok.schema.SearchFields.FACET_TOPIC;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import se.regionsok.record.Tagged;

/**
 * Filters as facet drill-downs. The Agenda 2030 goal and its source are filtered together when
 * both are given (goal 7 with source explicit: records that name goal 7 explicitly), through the
 * hidden source → goal hierarchy, and the goal counts then count goals of the chosen source.
 * Facets, pivot and export all filter through here, so they agree.
 * Topics are paths ("Energi/Vätgas"): filtering on an area ("Energi") matches all its topics,
 * and the counts list both levels.
 */
final class FacetFilters {
  private FacetFilters() {}

  static DrillDownQuery drillDown(FacetsConfig config, Query base, Filters filters) {
    DrillDownQuery drillDown = new DrillDownQuery(config, base);
    List<String> sources = filters.byFacet().getOrDefault(FACET_SDG_SOURCE, List.of());
    for (Map.Entry<String, List<String>> filter : filters.byFacet().entrySet()) {
      String dim = filter.getKey();
      if (!sources.isEmpty() && (dim.equals(FACET_SDG) || dim.equals(FACET_SDG_SOURCE))) {
        continue;
      }
      filter.getValue().forEach(value -> drillDown.add(dim, path(dim, value)));
    }
    List<String> goals = filters.byFacet().getOrDefault(FACET_SDG, List.of());
    for (String source : sources) {
      if (goals.isEmpty()) {
        drillDown.add(FACET_SDG_BY_SOURCE, source);
      } else {
        goals.forEach(goal -> drillDown.add(FACET_SDG_BY_SOURCE, source, goal));
      }
    }
    return drillDown;
  }

  /** The facet path of a filter value: topics are "area/topic", other values one component. */
  static String[] path(String dim, String value) {
    return dim.equals(FACET_TOPIC) ? value.split("/", 2) : new String[] {value};
  }

  /**
   * The counts of one facet (not of sdgSource: see {@link #sourceCounts}). With a source chosen,
   * goal counts are those of goals of that source, computed sideways of the joint filter.
   */
  static List<FacetValue> counts(Facets facets, String dim, Filters filters, int limit) throws IOException {
    List<String> sources = filters.byFacet().getOrDefault(FACET_SDG_SOURCE, List.of());
    if (dim.equals(FACET_TOPIC)) {
      return topics(facets, limit);
    }
    if (sources.isEmpty() || !dim.equals(FACET_SDG)) {
      return values(facets, limit, dim);
    }
    Map<String, Long> byGoal = new java.util.HashMap<>();
    for (String source : sources) {
      values(facets, limit, FACET_SDG_BY_SOURCE, source).forEach(v -> byGoal.merge(v.value(), v.count(), Long::sum));
    }
    return byGoal.entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparingLong(FacetValue::count).reversed()
            .thenComparing(v -> Integer.parseInt(v.value())))
        .limit(limit).toList();
  }

  /**
   * Records per goal source, sideways of the source filter but within the chosen goals: with
   * sdg=13, "explicit" counts records on which goal 13 itself is explicit. Facet counts cannot say
   * this (a record with two chosen goals of one source would count twice), so each source is a
   * count of its own.
   */
  static List<FacetValue> sourceCounts(IndexSearcher searcher, FacetsConfig config, Query base, Filters filters)
      throws IOException {
    List<FacetValue> counts = new ArrayList<>();
    for (String source : List.of(Tagged.EXPLICIT, Tagged.INFERRED)) {
      Filters one = filters.with(FACET_SDG_SOURCE, List.of(source));
      counts.add(new FacetValue(source, searcher.count(drillDown(config, base, one))));
    }
    counts.sort(java.util.Comparator.comparingLong(FacetValue::count).reversed());
    return counts;
  }

  /** Areas and their topics ("Energi", "Energi/Vätgas"), each area followed by its topics. */
  static List<FacetValue> topics(Facets facets, int limit) throws IOException {
    List<FacetValue> out = new ArrayList<>();
    for (FacetValue area : values(facets, limit, FACET_TOPIC)) {
      out.add(area);
      for (FacetValue topic : values(facets, limit, FACET_TOPIC, area.value())) {
        out.add(new FacetValue(area.value() + "/" + topic.value(), topic.count()));
      }
    }
    return out;
  }

  static List<FacetValue> values(Facets facets, int limit, String dim, String... path) throws IOException {
    FacetResult result;
    try {
      result = facets.getTopChildren(limit, dim, path);
    } catch (IllegalArgumentException | NullPointerException noValuesIndexed) {
      // a dimension no record of this index version has: Lucene throws IllegalArgumentException
      // for a flat one and, lacking its tree, NullPointerException for a hierarchical one (topic)
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        values.add(new FacetValue(lv.label, lv.value.longValue()));
      }
    }
    return values;
  }
}
