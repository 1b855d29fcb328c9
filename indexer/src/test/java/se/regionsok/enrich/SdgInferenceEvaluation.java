package se.regionsok.enrich;

import java.util.List;

/**
 * Calibration and hold-out check of the inferred Agenda 2030 goals on the judged sample
 * (corpus/eval/sdg-judged.tsv): on the tuning half, the least evidence threshold whose precision
 * reaches {@link #TARGET_PRECISION} (highest recall); precision and recall of that threshold on the
 * held-out half. Run with ops/eval-sdg.
 */
public final class SdgInferenceEvaluation {
  static final double TARGET_PRECISION = 0.9;
  private static final int MAX_THRESHOLD = 6;

  private SdgInferenceEvaluation() {}

  /** The calibrated threshold: the least with tuning precision ≥ the target, else the most precise. */
  static int calibrate(SdgEnricher enricher, List<SdgJudgedSample.Judged> tuning) {
    int best = MAX_THRESHOLD;
    double bestPrecision = -1;
    for (int t = 1; t <= MAX_THRESHOLD; t++) {
      double precision = SdgJudgedSample.score(enricher, tuning, t).precision();
      if (precision >= TARGET_PRECISION) {
        return t;
      }
      if (precision > bestPrecision) {
        bestPrecision = precision;
        best = t;
      }
    }
    return best;
  }

  /** goal:term → {times it backed a right goal, times a wrong one}, most wrong first. */
  private static java.util.Map<String, int[]> termCounts(SdgEnricher enricher, List<SdgJudgedSample.Judged> sample) {
    java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
    for (SdgJudgedSample.Judged judged : sample) {
      enricher.inferredGoals(judged.record(), 1).forEach((goal, terms) -> {
        if (!judged.stated().contains(goal)) {
          terms.forEach(term -> counts.computeIfAbsent(goal + ":" + term, k -> new int[2])
              [judged.goals().contains(goal) ? 0 : 1]++);
        }
      });
    }
    java.util.Map<String, int[]> sorted = new java.util.LinkedHashMap<>();
    counts.entrySet().stream().sorted((a, b) -> b.getValue()[1] - a.getValue()[1])
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  public static void main(String[] args) {
    SdgEnricher enricher = new SdgEnricher();
    List<SdgJudgedSample.Judged> sample = SdgJudgedSample.load();
    List<SdgJudgedSample.Judged> tuning = sample.stream().filter(SdgJudgedSample.Judged::tuning).toList();
    List<SdgJudgedSample.Judged> heldOut = sample.stream().filter(j -> !j.tuning()).toList();
    System.out.printf("judged records: %d (tuning %d, held out %d)%n", sample.size(), tuning.size(), heldOut.size());
    for (int t = 1; t <= MAX_THRESHOLD; t++) {
      System.out.printf("tuning: threshold %d  %s%n", t, SdgJudgedSample.score(enricher, tuning, t));
    }
    System.out.println("tuning, threshold 1: evidence terms of right / wrong inferred goals");
    termCounts(enricher, tuning).forEach((term, rightWrong) ->
        System.out.printf("  %-28s %3d %3d%n", term, rightWrong[0], rightWrong[1]));
    int chosen = calibrate(enricher, tuning);
    System.out.printf("calibrated threshold: %d (SdgEnricher.MIN_EVIDENCE_TERMS = %d)%n",
        chosen, SdgEnricher.MIN_EVIDENCE_TERMS);
    System.out.printf("held out at %d: %s%n", chosen, SdgJudgedSample.score(enricher, heldOut, chosen));
    if (java.util.Arrays.asList(args).contains("--wrong")) {
      System.out.println("held out: inferred goals the reader did not give");
      for (SdgJudgedSample.Judged judged : heldOut) {
        enricher.inferredGoals(judged.record(), chosen).forEach((goal, terms) -> {
          if (!judged.stated().contains(goal) && !judged.goals().contains(goal)) {
            System.out.printf("  %s goal %d from %s%n", judged.record().id(), goal, terms);
          }
        });
      }
    }
  }
}
