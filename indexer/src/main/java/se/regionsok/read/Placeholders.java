package se.regionsok.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises initiative rows that report nothing themselves: the region says it has no initiatives
 * ("Regionen redovisar inga insatser i tabellform.", "genomför inte särskilda insatser") or points
 * elsewhere ("Se även tabell 2.", "se även regionens återrapportering avsnitt 3"), and its result
 * and goal cells add nothing beyond such a pointer.
 */
final class Placeholders {
  private static final Pattern NOTHING_OR_ELSEWHERE = Pattern.compile(
      "(?i)inga insatser|inte särskilda insatser|\\bse (?:även )?(?:tabell \\d|regionens \\S*rapportering)");
  private static final Pattern BARE_POINTER = Pattern.compile("(?i)se (?:även )?tabell \\d+\\.?");

  private Placeholders() {}

  static boolean isPlaceholder(String nameText, List<String> resultAndGoalCells) {
    return NOTHING_OR_ELSEWHERE.matcher(nameText).find()
        && resultAndGoalCells.stream().allMatch(c -> c.isBlank() || BARE_POINTER.matcher(c.strip()).matches());
  }
}
