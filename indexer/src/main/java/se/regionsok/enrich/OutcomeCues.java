package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.regionsok.analysis.ResourceTable;

/** The Swedish cue lists of outcome-cues.tsv, by kind; \\b and \\w know å, ä and ö. */
final class OutcomeCues {
  static final String META = "meta";
  static final String TOO_EARLY = "too-early";
  static final String NEGATED = "negated";
  static final String PARTLY = "partly";
  static final String ACHIEVED = "achieved";
  static final String EXPECTED = "expected";
  static final String HEADER_EXPECTED = "header-expected";
  static final String HEADER_ACHIEVED = "header-achieved";
  static final String NOTHING = "nothing";
  static final String EVALUATED = "evaluated";
  static final String NOT_EVALUATED = "not-evaluated";

  /** The order in which a sentence's kind is decided: the first kind that matches wins. */
  static final List<String> SENTENCE_KINDS = List.of(META, TOO_EARLY, NEGATED, PARTLY, ACHIEVED, EXPECTED);

  private final Map<String, List<Pattern>> byKind = new LinkedHashMap<>();

  OutcomeCues() {
    for (List<String> row : ResourceTable.read(OutcomeCues.class, "outcome-cues.tsv")) {
      byKind.computeIfAbsent(row.get(0), k -> new ArrayList<>())
          .add(Pattern.compile(row.get(1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
    }
  }

  boolean matches(String kind, String text) {
    return byKind.getOrDefault(kind, List.of()).stream().anyMatch(p -> p.matcher(text).find());
  }

  /** The length of the header at the start of a line ("Förväntade effekter på lång sikt"), or 0. */
  int headerLength(String kind, String line) {
    int longest = 0;
    for (Pattern p : byKind.getOrDefault(kind, List.of())) {
      var m = p.matcher(line);
      if (m.lookingAt()) {
        longest = Math.max(longest, m.end());
      }
    }
    return longest;
  }
}
