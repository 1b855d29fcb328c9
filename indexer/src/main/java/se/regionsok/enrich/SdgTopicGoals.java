package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.regionsok.analysis.ResourceTable;
import se.regionsok.record.Topic;

/** The Agenda 2030 goals a record's topics serve (sdg-topics.tsv), each with the topics' words. */
final class SdgTopicGoals {
  private final Map<String, List<Integer>> goalsByTopic = new TreeMap<>();

  SdgTopicGoals() {
    for (List<String> row : ResourceTable.read(SdgTopicGoals.class, "sdg-topics.tsv")) {
      goalsByTopic.put(row.get(0), ResourceTable.numbers(row.get(1)));
    }
  }

  /** Goal → the words that put its topics on the record, in the topics' order. */
  Map<Integer, List<String>> of(List<Topic> topics) {
    Map<Integer, Set<String>> words = new TreeMap<>();
    for (Topic topic : topics) {
      for (int goal : goalsByTopic.getOrDefault(topic.path(), List.of())) {
        words.computeIfAbsent(goal, g -> new LinkedHashSet<>()).addAll(topic.evidence());
      }
    }
    Map<Integer, List<String>> goals = new TreeMap<>();
    words.forEach((goal, w) -> goals.put(goal, new ArrayList<>(w)));
    return goals;
  }
}
