package se.regionsok.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression guard of the inferred Agenda 2030 goals on the judged sample: the enricher's
 * threshold is the calibrated one, and precision and recall on the held-out half do not fall below
 * what they are (ops/eval-sdg prints the details).
 */
class SdgJudgedSampleTest {
  @Test
  void inferredGoalsKeepTheirPrecisionOnTheHeldOutHalf() {
    SdgEnricher enricher = new SdgEnricher();
    List<SdgJudgedSample.Judged> sample = SdgJudgedSample.load();
    assertEquals(64, sample.size());
    List<SdgJudgedSample.Judged> tuning = sample.stream().filter(SdgJudgedSample.Judged::tuning).toList();
    List<SdgJudgedSample.Judged> heldOut = sample.stream().filter(j -> !j.tuning()).toList();
    assertEquals(32, tuning.size());

    assertEquals(SdgInferenceEvaluation.calibrate(enricher, tuning), SdgEnricher.MIN_EVIDENCE_TERMS,
        "SdgEnricher's threshold is the calibrated one");
    assertTrue(SdgJudgedSample.score(enricher, tuning, SdgEnricher.MIN_EVIDENCE_TERMS).precision()
        >= SdgInferenceEvaluation.TARGET_PRECISION);
    SdgJudgedSample.Score held = SdgJudgedSample.score(enricher, heldOut, SdgEnricher.MIN_EVIDENCE_TERMS);
    assertTrue(held.precision() >= 0.8, "held out: " + held);
    assertTrue(held.recall() >= 0.4, "held out: " + held);
  }
}
