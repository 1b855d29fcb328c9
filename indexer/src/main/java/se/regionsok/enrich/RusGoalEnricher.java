package se.regionsok.enrich;

import java.util.List;
import se.regionsok.enrich.GoalTextSpans.Kind;
import se.regionsok.record.Record;

/**
 * Fills rusGoals: the regional development strategy goals a record names. The goal text (an
 * initiative's Mål cell) is read first; only when it names none is the record's prose read, which
 * is where the reports (000, 001, 004) state their goals. In both, the segments that belong to
 * other frameworks (ERUF, Interreg, Agenda 2030 …) are left out so that their numbered goals
 * ("Politiskt mål 1", "ERUF: Mål 2.2") are not read as numbered RUS goals.
 */
public final class RusGoalEnricher implements Enricher {
  private final RusGoalVocabulary vocabulary = new RusGoalVocabulary();
  private final GoalTextSpans spans = new GoalTextSpans();

  @Override
  public Record enrich(Record record) {
    var goals = goalsIn(record, record.goalText(), false);
    if (goals.isEmpty()) {
      goals = goalsIn(record, record.text(), true);
    }
    return record.withRusGoals(goals);
  }

  private List<String> goalsIn(Record record, String text, boolean prose) {
    if (text == null || !vocabulary.knows(record.region())) {
      return List.of();
    }
    return vocabulary.find(record.region(), spans.textOf(text, Kind.UNLABELLED, Kind.RUS), prose);
  }
}
