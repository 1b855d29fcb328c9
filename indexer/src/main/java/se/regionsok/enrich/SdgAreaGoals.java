package se.regionsok.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.regionsok.analysis.ResourceTable;

/** The Agenda 2030 goals the work of a record's policy areas can serve (sdg-areas.tsv). */
final class SdgAreaGoals {
  private final Map<String, Set<Integer>> goalsByArea = new TreeMap<>();

  SdgAreaGoals() {
    for (List<String> row : ResourceTable.read(SdgAreaGoals.class, "sdg-areas.tsv")) {
      goalsByArea.put(row.get(0), new TreeSet<>(ResourceTable.numbers(row.get(1))));
    }
  }

  /** The goals of the areas together; null (any goal) when the record has no area or one that spans every goal. */
  Set<Integer> of(List<String> areas) {
    if (areas.isEmpty() || !goalsByArea.keySet().containsAll(areas)) {
      return null;
    }
    Set<Integer> goals = new TreeSet<>();
    areas.forEach(area -> goals.addAll(goalsByArea.get(area)));
    return goals;
  }
}
