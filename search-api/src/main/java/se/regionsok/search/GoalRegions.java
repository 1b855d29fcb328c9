package se.regionsok.search;

import static se.regionsok.schema.SearchFields.FACET_REGION;
import static se.regionsok.schema.SearchFields.FACET_RUS_GOAL;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import se.regionsok.record.Regions;

/**
 * The regions whose records name each RUS goal: a goal belongs to a region's strategy, so a list
 * of about a hundred goals reads best grouped by region. Computed once per index version (one
 * count per region), the same for every query.
 */
final class GoalRegions {
  /** More goals than any index holds (a count's top-N queue is sized by it). */
  private static final int ALL = 10_000;

  private GoalRegions() {}

  /** Goal → its regions in canonical order (a goal worded alike in two strategies has both). */
  static Map<String, List<String>> of(FacetedSearcher searcher, FacetsConfig config) throws IOException {
    Map<String, List<String>> regionsByGoal = new LinkedHashMap<>();
    for (String region : Regions.CANONICAL) {
      DrillDownQuery inRegion = new DrillDownQuery(config);
      inRegion.add(FACET_REGION, region);
      FacetsCollector collected = searcher.search(inRegion, new FacetsCollectorManager());
      SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(searcher.facetState(), collected);
      for (FacetValue goal : FacetFilters.values(counts, ALL, FACET_RUS_GOAL)) {
        regionsByGoal.computeIfAbsent(goal.value(), g -> new ArrayList<>()).add(region);
      }
    }
    regionsByGoal.replaceAll((goal, regions) -> List.copyOf(regions));
    return regionsByGoal;
  }

  /** The facet's values, each with the regions its goal belongs to. */
  static List<FacetValue> withRegions(List<FacetValue> goals, Map<String, List<String>> regionsByGoal) {
    return goals.stream().map(v -> v.withRegions(regionsByGoal.getOrDefault(v.value(), List.of()))).toList();
  }
}
