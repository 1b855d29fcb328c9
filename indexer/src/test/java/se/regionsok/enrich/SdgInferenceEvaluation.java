package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.regionsok.enrich.SdgJudgedSample.Judged;
import se.regionsok.enrich.SdgJudgedSample.Score;
import se.regionsok.enrich.SdgTermInference.Scoring;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;
import se.regionsok.record.Tagged;

/**
 * Calibration and hold-out check of the inferred Agenda 2030 goals on the judged sample
 * (corpus/eval/sdg-judged.tsv): on the tuning half, the scoring with the highest precision whose
 * recall reaches {@link #MIN_TUNING_RECALL}; its precision, recall and F1 on the tuning half, the
 * held-out {@code test} half and the {@code fresh} half (drawn and judged after the rule was fixed),
 * per goal, next to baselines. Run with ops/eval-sdg ({@code --errors}: the tuning half's wrong
 * goals with their evidence; the held-out halves' are never printed, so they cannot steer tuning;
 * {@code --tuning}: no held-out figures at all, for exploring; {@code --counts}: initiatives per
 * goal and source over the corpus, as the index holds them).
 */
public final class SdgInferenceEvaluation {
  /** What the held-out halves should reach. */
  static final double TARGET_PRECISION = 0.9;
  /**
   * The recall the tuning half must keep. Calibration is precision-first: the issue asks for
   * precision ≥ {@link #TARGET_PRECISION} at a recall it reports, and the previous rule (highest
   * recall at tuning precision ≥ 0.95) spent every point of margin on recall, then ran 16 points
   * lower on its held-out half. Asking the tuning half for a fixed precision cannot buy a safer
   * margin with 30-odd inferred goals (one wrong goal moves it by three points; a Wilson lower
   * bound of 0.9 would need 35 inferred goals and none wrong), so the rule fixes recall instead:
   * about a third of the goals the records do not state, the least that keeps inference worth
   * showing, decided before any new held-out figure.
   */
  static final double MIN_TUNING_RECALL = 0.30;

  /** Every goal one of whose terms appears, however long the text. */
  static final Scoring ANY_TERM = new Scoring(false, 1, 0, 1);
  /** The scoring before issue 17's calibration: two different terms, one more per 150 tokens. */
  static final Scoring PREVIOUS = new Scoring(false, 1, 150, 2);
  /** What the previous rule chose (the highest tuning recall at tuning precision ≥ 0.95), on the first 128 records. */
  static final Scoring RECALL_FIRST = new Scoring(true, 0.5, 200, 1.5, 0, true);

  private SdgInferenceEvaluation() {}

  /**
   * The scorings calibration chooses from: terms weighed in four ways, with or without the
   * record's topics as evidence, on every record or only on those that describe one piece of work.
   */
  static List<Scoring> candidates() {
    List<Scoring> candidates = new ArrayList<>();
    for (boolean answers : new boolean[] {true, false}) {
      for (double topicWeight : new double[] {0, 0.5, 1}) {
        for (boolean nestedOnce : new boolean[] {false, true}) {
          for (double effectsWeight : new double[] {1, 0.5}) {
            for (int tokensPerExtraTerm : new int[] {150, 200, 300}) {
              for (double minEvidence = 1; minEvidence <= 4; minEvidence += 0.5) {
                candidates.add(new Scoring(nestedOnce, effectsWeight, tokensPerExtraTerm, minEvidence, topicWeight, answers));
              }
            }
          }
        }
      }
    }
    return candidates;
  }

  /**
   * The calibrated scoring: of the candidates whose tuning recall reaches {@link #MIN_TUNING_RECALL},
   * the one with the highest tuning precision, then the highest recall (first on ties).
   */
  static Scoring calibrate(SdgEnricher enricher, List<Judged> tuning) {
    return calibrate(enricher, tuning, candidates()).orElseThrow(
        () -> new IllegalStateException("no scoring reaches recall " + MIN_TUNING_RECALL + " on the tuning half"));
  }

  private static Optional<Scoring> calibrate(SdgEnricher enricher, List<Judged> tuning, List<Scoring> candidates) {
    Scoring best = null;
    Score bestScore = null;
    for (Scoring scoring : candidates) {
      Score score = SdgJudgedSample.score(enricher, tuning, scoring);
      if (score.recall() >= MIN_TUNING_RECALL && (bestScore == null || BY_PRECISION_THEN_RECALL.compare(score, bestScore) > 0)) {
        best = scoring;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static final Comparator<Score> BY_PRECISION_THEN_RECALL =
      Comparator.comparingDouble(Score::precision).thenComparingDouble(Score::recall);

  /** goal:term → {times it backed a right goal, times a wrong one}, most wrong first. */
  private static Map<String, int[]> termCounts(SdgEnricher enricher, List<Judged> sample) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Judged judged : sample) {
      enricher.inferredGoals(judged.record(), ANY_TERM).forEach((goal, terms) -> {
        if (!judged.stated().contains(goal)) {
          terms.forEach(term -> counts.computeIfAbsent(goal + ":" + term, k -> new int[2])
              [judged.goals().contains(goal) ? 0 : 1]++);
        }
      });
    }
    Map<String, int[]> sorted = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[1]))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  public static void main(String[] args) {
    List<String> flags = Arrays.asList(args);
    boolean tuningOnly = flags.contains("--tuning");
    SdgEnricher enricher = new SdgEnricher();
    List<Judged> sample = SdgJudgedSample.load();
    List<Judged> tuning = sample.stream().filter(Judged::tuning).toList();
    Map<String, List<Judged>> halves = new LinkedHashMap<>();
    for (String half : tuningOnly ? List.of("tune") : List.of("tune", "test", "fresh")) {
      halves.put(half, sample.stream().filter(j -> j.half().equals(half)).toList());
    }
    System.out.printf("judged records: %d; per half: records, judged goals not stated%n", sample.size());
    halves.forEach((half, records) -> System.out.printf("  %-5s %3d %3d%n", half, records.size(),
        SdgJudgedSample.score(enricher, records, ANY_TERM).judged()));

    System.out.println("tuning: evidence terms (any term) of right / wrong inferred goals, most wrong first");
    termCounts(enricher, tuning).forEach((term, rightWrong) ->
        System.out.printf("  %-28s %3d %3d%n", term, rightWrong[0], rightWrong[1]));
    System.out.printf("tuning: the 20 most precise scorings with recall ≥ %.2f%n", MIN_TUNING_RECALL);
    candidates().stream().map(scoring -> Map.entry(scoring, SdgJudgedSample.score(enricher, tuning, scoring)))
        .filter(e -> e.getValue().recall() >= MIN_TUNING_RECALL)
        .sorted(Map.Entry.<Scoring, Score>comparingByValue(BY_PRECISION_THEN_RECALL).reversed()).limit(20)
        .forEach(e -> System.out.printf("  %-70s %s%n", e.getKey(), e.getValue()));
    System.out.println("tuning: calibrated within each option (topics as evidence, which records)");
    for (boolean answers : new boolean[] {true, false}) {
      for (double topicWeight : new double[] {0, 0.5, 1}) {
        List<Scoring> option = candidates().stream().filter(c -> c.answers() == answers && c.topicWeight() == topicWeight).toList();
        System.out.printf("  topics %.1f, %-24s %s%n", topicWeight, answers ? "all records" : "initiatives and sections",
            calibrate(enricher, tuning, option).map(best -> SdgJudgedSample.score(enricher, tuning, best).toString())
                .orElse("none reaches the recall"));
      }
    }
    Scoring chosen = calibrate(enricher, tuning);
    System.out.printf("calibrated: %s%nSdgEnricher.SCORING: %s%n", chosen, SdgEnricher.SCORING);

    Map<String, Scoring> rows = new LinkedHashMap<>();
    rows.put("any term (baseline)", ANY_TERM);
    rows.put("previous (baseline)", PREVIOUS);
    rows.put("recall-first (prev.)", RECALL_FIRST);
    rows.put("calibrated", SdgEnricher.SCORING);
    rows.forEach((name, scoring) -> halves.forEach((half, records) ->
        System.out.printf("%-20s %-5s %s%n", name, half, SdgJudgedSample.score(enricher, records, scoring))));
    halves.forEach((half, records) -> printByGoal(half, SdgJudgedSample.byGoal(enricher, records, SdgEnricher.SCORING)));

    if (flags.contains("--errors")) {
      System.out.println("tuning: inferred goals the reader did not give");
      for (Judged judged : tuning) {
        enricher.inferredGoals(judged.record(), SdgEnricher.SCORING).forEach((goal, terms) -> {
          if (!judged.stated().contains(goal) && !judged.goals().contains(goal)) {
            System.out.printf("  %s goal %d from %s%n", judged.record().id(), goal, terms);
          }
        });
      }
    }
    if (flags.contains("--counts")) {
      printCounts(SdgJudgedSample.corpusRecords());
    }
  }

  /** Initiatives per goal as the index holds them: stated, inferred. */
  private static void printCounts(List<Record> records) {
    Map<Integer, int[]> perGoal = new TreeMap<>();
    records.stream().filter(r -> r.docType().equals(DocType.INITIATIVE)).flatMap(r -> r.sdgs().stream())
        .forEach(s -> perGoal.computeIfAbsent(s.goal(), g -> new int[2])[s.source().equals(Tagged.EXPLICIT) ? 0 : 1]++);
    System.out.println("initiatives per goal: stated, inferred");
    perGoal.forEach((goal, counts) -> System.out.printf("  goal %2d  %4d %4d%n", goal, counts[0], counts[1]));
  }

  private static void printByGoal(String half, Map<Integer, Score> byGoal) {
    System.out.printf("calibrated, %s, per goal (most judged first)%n", half);
    byGoal.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<Integer, Score> e) -> -(e.getValue().tp() + e.getValue().fn())))
        .forEach(e -> System.out.printf("  goal %2d  %s%n", e.getKey(), e.getValue()));
  }
}
