package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.analysis.ResourceTable;
import se.regionsok.enrich.GoalTextSpans.Kind;
import se.regionsok.enrich.GoalTextSpans.Segment;

/**
 * The Agenda 2030 goals a text states. Goal numbers and goal names count only inside an Agenda 2030
 * span: from the label ("Mål i Agenda 2030:", "Agenda 2030 Mål 7:", "Agenda 2030-mål 5.", the
 * "Agenda 2023" typo) to the next label of any framework or the end of the sentence. Outside it,
 * "mål N" belongs to RUFS, ERUF, Interreg, Halland's "Tematiskt mål" or a project's delmål.
 */
final class ExplicitSdgFinder {
  /** 1–2 digits that are not part of "1:1", "2.2", "2,6" or a year. */
  private static final Pattern GOAL_NUMBER = Pattern.compile("(?<![\\d.,:])(\\d{1,2})(?!\\d|[.:,]\\d)");
  /**
   * A sentence ends at . ! ? unless the next goal of the list follows ("… välbefinnande. 9 Hållbar
   * …", "Mål 8: …"); "Mål 4 i projektet" after a full stop is a new sentence.
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?]\\s+(?!(?:[Mm]ål|[Nn]r)?\\s*\\d{1,2}(?:[:.]|\\s+\\p{Lu}))");

  private final GoalTextSpans spans = new GoalTextSpans();
  private final Map<Integer, List<String>> nameKeysByGoal = new TreeMap<>();

  ExplicitSdgFinder() {
    for (List<String> row : ResourceTable.read(ExplicitSdgFinder.class, "sdg-goals.tsv")) {
      List<String> names = new ArrayList<>(List.of(row.get(1)));
      if (row.size() > 2) {
        names.addAll(ResourceTable.alternatives(row.get(2)));
      }
      nameKeysByGoal.put(Integer.parseInt(row.get(0)), names.stream().map(TextKey::of).toList());
    }
  }

  /** Goals named by number or by name inside the text's Agenda 2030 spans, ascending. */
  TreeSet<Integer> find(String text) {
    TreeSet<Integer> goals = new TreeSet<>();
    for (String span : agendaSpanBodies(text)) {
      Matcher m = GOAL_NUMBER.matcher(span);
      while (m.find()) {
        int goal = Integer.parseInt(m.group(1));
        if (goal >= 1 && goal <= 17) {
          goals.add(goal);
        }
      }
      String key = TextKey.of(span);
      nameKeysByGoal.forEach((goal, names) -> {
        if (names.stream().anyMatch(key::contains)) {
          goals.add(goal);
        }
      });
    }
    return goals;
  }

  /** The text with its Agenda 2030 spans blanked out: what is left to infer goals from. */
  String withoutAgendaSpans(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Segment segment : spans.segments(text)) {
      if (segment.kind() == Kind.AGENDA) {
        out.append(' ').append(segment.body().substring(cutAtSentenceEnd(segment.body()).length()));
      } else {
        out.append(segment.label()).append(segment.body());
      }
    }
    return out.toString();
  }

  private List<String> agendaSpanBodies(String text) {
    if (text == null) {
      return List.of();
    }
    return spans.segments(text).stream()
        .filter(segment -> segment.kind() == Kind.AGENDA)
        .map(segment -> cutAtSentenceEnd(segment.body()))
        .toList();
  }

  private static String cutAtSentenceEnd(String body) {
    Matcher end = SENTENCE_END.matcher(body);
    return end.find() ? body.substring(0, end.start() + 1) : body;
  }
}
