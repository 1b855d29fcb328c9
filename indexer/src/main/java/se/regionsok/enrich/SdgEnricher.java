package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;
import se.regionsok.record.SdgRef;
import se.regionsok.record.Tagged;

/**
 * Fills sdgs. "explicit": the goals the record states in an Agenda 2030 span of its goal text or
 * text ({@link ExplicitSdgFinder}). "inferred": goals {@link SdgTermInference} finds in what may be
 * evidence ({@link SdgEvidenceText}: no stated goals, organisation names, participant counts or
 * negative answers), with the Agenda 2030 spans removed so that a stated goal is not also counted
 * as evidence; each carries the terms it came from. A goal that is both is kept once, as explicit.
 *
 * <p>The scoring is calibrated on the tuning half of the judged sample (corpus/eval/
 * sdg-judged.tsv) and reported on its held-out half: ops/eval-sdg.
 */
public final class SdgEnricher implements Enricher {
  /**
   * Calibrated by SdgInferenceEvaluation: of the scorings it tries, the one with the highest recall
   * on the tuning half (batches 1-8, 496 records) among those reaching precision 0.96 there (0.963
   * at 0.256). Only initiatives and project sections, the records that describe one piece of work
   * (a report answer sums up many), and only goals the work of the record's stated policy area can
   * serve (sdg-areas.tsv); evidence 1.5: two different terms of the goal, or one and a topic of the
   * record that serves it, a term only in the effects part weighing half, one more per 150 tokens;
   * and the goal's terms at least 30 % of the goal terms in the text (a goal the text is about, not
   * one it names beside others). Held out (batches 9-10, 158 records): 0.903 at 0.269 by the first
   * reader, 0.889 by the second.
   */
  static final SdgTermInference.Scoring SCORING = new SdgTermInference.Scoring(0.5, 150, 1.5, 0.5, 0.3, false, true);

  private final ExplicitSdgFinder explicitFinder = new ExplicitSdgFinder();
  private final SdgTermInference inference = new SdgTermInference();
  private final SdgEvidenceText evidenceText = new SdgEvidenceText();
  private final SdgTopicGoals topics = new SdgTopicGoals();
  private final SdgAreaGoals areas = new SdgAreaGoals();

  @Override
  public Record enrich(Record record) {
    TreeSet<Integer> explicit = explicitGoals(record);
    Map<Integer, List<String>> inferred = inferredGoals(record, SCORING);
    List<SdgRef> refs = new ArrayList<>();
    for (int goal = 1; goal <= 17; goal++) {
      if (explicit.contains(goal)) {
        refs.add(new SdgRef(goal, Tagged.EXPLICIT));
      } else if (inferred.containsKey(goal)) {
        refs.add(new SdgRef(goal, Tagged.INFERRED, inferred.get(goal)));
      }
    }
    return record.withSdgs(refs);
  }

  TreeSet<Integer> explicitGoals(Record record) {
    TreeSet<Integer> goals = explicitFinder.find(record.goalText());
    goals.addAll(explicitFinder.find(record.text()));
    return goals;
  }

  /** Inferred goal → the terms it came from. */
  Map<Integer, List<String>> inferredGoals(Record record, SdgTermInference.Scoring scoring) {
    // a record the scoring leaves out is not even analysed
    return scores(record, scoring) ? SdgTermInference.infer(evidence(record), scoring) : Map.of();
  }

  /** The same from the record's evidence, found once for many scorings (calibration tries thousands). */
  static Map<Integer, List<String>> inferredGoals(Record record, SdgTermInference.Evidence evidence,
      SdgTermInference.Scoring scoring) {
    return scores(record, scoring) ? SdgTermInference.infer(evidence, scoring) : Map.of();
  }

  private static boolean scores(Record record, SdgTermInference.Scoring scoring) {
    return scoring.answers() || describesWork(record);
  }

  /**
   * The goal terms, topic goals and area goals of what in the record may be evidence; reads the
   * effects part and the topics the enrichers before this one filled.
   */
  SdgTermInference.Evidence evidence(Record record) {
    String evidence = evidenceText.of(record);
    if (evidence.isBlank()) {
      return SdgTermInference.Evidence.NONE;
    }
    return inference.evidence(explicitFinder.withoutAgendaSpans(evidence), record.effects(), topics.of(record.topics()),
        areas.of(record.area()));
  }

  /** An initiative or a project section: one piece of work, not an answer about many. */
  private static boolean describesWork(Record record) {
    return DocType.INITIATIVE.equals(record.docType()) || DocType.PROJECT_SECTION.equals(record.docType());
  }
}
