package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionsok.analysis.ResourceTable;
import se.regionsok.record.Record;
import se.regionsok.record.Tagged;

/**
 * Fills rusThemes: a fixed list of cross-region themes so that regions whose strategies word their
 * goals differently can be compared (rus-themes.tsv).
 *
 * <p>Method. Each theme has a curated list of word stems. A theme is "explicit" when a RUS goal
 * label the record names (rusGoals, so run {@link RusGoalEnricher} first) contains one of its
 * stems: "Gävleborg har en fossiloberoende transportsektor" → Tillgänglighet och transporter and
 * Klimat, energi och miljö. A theme is "inferred" when the record's body text (its text without the
 * goal text) contains at least {@link #MIN_BODY_STEMS} different stems of the theme; one stray word
 * ("företag", "kompetens") is too common in these reports to mean anything on its own.
 */
public final class RusThemeEnricher implements Enricher {
  static final int MIN_BODY_STEMS = 3;

  private final Map<String, List<String>> stemKeysByTheme = new LinkedHashMap<>();

  public RusThemeEnricher() {
    for (List<String> row : ResourceTable.read(RusThemeEnricher.class, "rus-themes.tsv")) {
      stemKeysByTheme.put(row.get(0), ResourceTable.alternatives(row.get(1)).stream()
          .map(stem -> TextKey.of(stem).stripTrailing()).toList());
    }
  }

  @Override
  public Record enrich(Record record) {
    List<Tagged> themes = new ArrayList<>();
    String goalKeys = TextKey.of(String.join(" | ", record.rusGoals()));
    String bodyKey = TextKey.of(body(record));
    stemKeysByTheme.forEach((theme, stems) -> {
      if (!record.rusGoals().isEmpty() && stems.stream().anyMatch(goalKeys::contains)) {
        themes.add(new Tagged(theme, Tagged.EXPLICIT));
      } else if (stems.stream().filter(bodyKey::contains).count() >= MIN_BODY_STEMS) {
        themes.add(new Tagged(theme, Tagged.INFERRED));
      }
    });
    return record.withRusThemes(themes);
  }

  private static String body(Record record) {
    String text = record.text() == null ? "" : record.text();
    return record.goalText() == null ? text : text.replace(record.goalText(), " ");
  }
}
