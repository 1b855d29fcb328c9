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
   * Calibrated by SdgInferenceEvaluation, precision first: of the scorings it tries, the one with
   * the highest precision on the tuning half (batches 1-2, 128 records) among those keeping 0.30 of
   * its recall (0.95 at 0.38). Evidence 1.5: two different terms of the goal, or one and a topic of
   * the record that serves the goal; and the goal's terms are at least 40 % of the goal terms in the
   * text, whatever its length (a goal the text is mostly about, not one it names beside others).
   * Held out (batches 3-6, 240 records, drawn and judged after it was chosen): 0.87 at 0.36.
   */
  static final SdgTermInference.Scoring SCORING = new SdgTermInference.Scoring(1, 0, 1.5, 0.5, 0.4, true);

  private final ExplicitSdgFinder explicitFinder = new ExplicitSdgFinder();
  private final SdgTermInference inference = new SdgTermInference();
  private final SdgEvidenceText evidenceText = new SdgEvidenceText();
  private final TopicEnricher topicEnricher = new TopicEnricher();
  private final SdgTopicGoals topics = new SdgTopicGoals();

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
    return inferredGoals(record, evidence(record), scoring);
  }

  /** The same from the record's evidence, found once for many scorings (calibration tries thousands). */
  static Map<Integer, List<String>> inferredGoals(Record record, SdgTermInference.Evidence evidence,
      SdgTermInference.Scoring scoring) {
    return !scoring.answers() && !describesWork(record) ? Map.of() : SdgTermInference.infer(evidence, scoring);
  }

  /**
   * The goal terms and topic goals of what in the record may be evidence. The effects part and the
   * topics are read here, not taken from the record: the pipeline fills them after this enricher.
   */
  SdgTermInference.Evidence evidence(Record record) {
    String evidence = evidenceText.of(record);
    if (evidence.isBlank()) {
      return SdgTermInference.Evidence.NONE;
    }
    return inference.evidence(explicitFinder.withoutAgendaSpans(evidence), RecordParts.of(record).effects(),
        topics.of(topicEnricher.enrich(record).topics()));
  }

  /** An initiative or a project section: one piece of work, not an answer about many. */
  private static boolean describesWork(Record record) {
    return DocType.INITIATIVE.equals(record.docType()) || DocType.PROJECT_SECTION.equals(record.docType());
  }
}
