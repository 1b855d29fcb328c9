package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.regionsok.analysis.ResourceTable;

/**
 * Each region's RUS goals and the phrases that name them (rus-goals.tsv). Regions share no goal
 * list, so matching is per region: a record of Kalmar is only searched for Kalmar's goals.
 */
final class RusGoalVocabulary {

  private record Goal(String label, List<String> phraseKeys) {}

  private record Match(String label, String phrase, int start, int end) {
    boolean inside(Match other) {
      return other.start <= start && end <= other.end && other.end - other.start > end - start;
    }
  }

  private final Map<String, List<Goal>> goalsByRegion = new HashMap<>();

  RusGoalVocabulary() {
    for (List<String> row : ResourceTable.read(RusGoalVocabulary.class, "rus-goals.tsv")) {
      String label = GoalLabels.clean(row.get(1));
      List<String> phrases = row.size() > 2 ? ResourceTable.alternatives(row.get(2)) : List.of(label);
      goalsByRegion.computeIfAbsent(row.get(0), r -> new ArrayList<>())
          .add(new Goal(label, phrases.stream().map(TextKey::of).toList()));
    }
  }

  /**
   * The goals of the region the text names, in text order. A match lying inside a longer match of
   * another goal is dropped ("Attraktiva livsmiljöer" inside "Hög livskvalitet i attraktiva
   * livsmiljöer"); in {@code prose} a short phrase counts only where it is stated as a goal
   * ({@link StatedGoals}).
   */
  List<String> find(String region, String text, boolean prose) {
    List<Goal> goals = goalsByRegion.getOrDefault(region, List.of());
    if (goals.isEmpty() || text == null || text.isBlank()) {
      return List.of();
    }
    String key = TextKey.of(text);
    List<Match> matches = new ArrayList<>();
    for (Goal goal : goals) {
      for (String phrase : goal.phraseKeys()) {
        for (int at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
          matches.add(new Match(goal.label(), phrase, at, at + phrase.length()));
        }
      }
    }
    List<Match> kept = matches.stream()
        .filter(m -> matches.stream().noneMatch(other -> !other.label().equals(m.label()) && m.inside(other)))
        .toList();
    List<String> labels = kept.stream()
        .filter(m -> !prose || !StatedGoals.isGeneric(m.phrase()) || StatedGoals.stated(text, m.phrase(),
            kept.stream().filter(other -> !other.label().equals(m.label())).map(Match::phrase).toList()))
        .sorted(Comparator.comparingInt(Match::start))
        .map(Match::label)
        .toList();
    return GoalLabels.distinct(labels);
  }

  /** Whether the whole text is one way of naming one of the region's goals (a cell holding only a goal). */
  boolean isWholeGoal(String region, String text) {
    String key = TextKey.of(text);
    return goalsByRegion.getOrDefault(region, List.of()).stream()
        .anyMatch(goal -> goal.phraseKeys().contains(key));
  }

  boolean knows(String region) {
    return goalsByRegion.containsKey(region);
  }
}
