package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tidies goal labels for display and facets: one spelling per goal however the text wrote it. */
final class GoalLabels {
  private GoalLabels() {}

  /** Trimmed, no surrounding quotes or trailing punctuation, first letter upper-case. */
  static String clean(String label) {
    String s = label.strip()
        .replaceAll("^[\\s\"”“'•\\-–:;,]+", "")
        .replaceAll("[\\s\"”“'•\\-–:;,.]+$", "");
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  /** Cleaned labels in first-seen order, duplicates (ignoring case, diacritics, punctuation) dropped. */
  static List<String> distinct(List<String> labels) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String label : labels) {
      String cleaned = clean(label);
      if (!cleaned.isEmpty()) {
        byKey.putIfAbsent(TextKey.of(cleaned), cleaned);
      }
    }
    return new ArrayList<>(byKey.values());
  }
}
