package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import se.regionsok.record.Record;
import se.regionsok.record.SdgRef;
import se.regionsok.record.Tagged;

/**
 * Fills sdgs. "explicit": the goals the record states in an Agenda 2030 span of its goal text or
 * text ({@link ExplicitSdgFinder}). "inferred": goals {@link SdgTermInference} finds in the rest of
 * the record's content, i.e. with the Agenda 2030 spans removed so that a stated goal is not also
 * counted as evidence. A goal that is both is kept once, as explicit.
 *
 * <p>The threshold is tuned on half of the explicit rows of 003 and evaluated on the other half:
 * see SdgInferenceEvaluation (ops/eval-sdg).
 */
public final class SdgEnricher implements Enricher {
  /** Tuned by SdgInferenceEvaluation: initiative rows are short, so one term is the best signal. */
  static final int MIN_EVIDENCE_TERMS = 1;

  private final ExplicitSdgFinder explicitFinder = new ExplicitSdgFinder();
  private final SdgTermInference inference = new SdgTermInference();

  @Override
  public Record enrich(Record record) {
    TreeSet<Integer> explicit = explicitGoals(record);
    TreeSet<Integer> inferred = inferredGoals(record, MIN_EVIDENCE_TERMS);
    List<SdgRef> refs = new ArrayList<>();
    for (int goal = 1; goal <= 17; goal++) {
      if (explicit.contains(goal)) {
        refs.add(new SdgRef(goal, Tagged.EXPLICIT));
      } else if (inferred.contains(goal)) {
        refs.add(new SdgRef(goal, Tagged.INFERRED));
      }
    }
    return record.withSdgs(refs);
  }

  TreeSet<Integer> explicitGoals(Record record) {
    TreeSet<Integer> goals = explicitFinder.find(record.goalText());
    goals.addAll(explicitFinder.find(record.text()));
    return goals;
  }

  TreeSet<Integer> inferredGoals(Record record, int minEvidenceTerms) {
    return inference.infer(explicitFinder.withoutAgendaSpans(content(record)), minEvidenceTerms);
  }

  /** The text, plus the goal text when the text does not already carry it. */
  private static String content(Record record) {
    String text = record.text() == null ? "" : record.text();
    String goal = record.goalText();
    return goal == null || text.contains(goal) ? text : text + "\n" + goal;
  }
}
