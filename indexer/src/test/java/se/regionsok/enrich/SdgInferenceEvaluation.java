package se.regionsok.enrich;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import se.regionsok.record.Record;

/**
 * Hold-out check of the inferred Agenda 2030 goals against the goals the 003 initiative rows state
 * explicitly. Rows on even lines tune the evidence threshold (best micro-F1); rows on odd lines
 * report precision and recall per goal and micro-averaged at that threshold. Inference sees the
 * row without its Agenda 2030 span, as in SdgEnricher. Run with ops/eval-sdg.
 */
public final class SdgInferenceEvaluation {
  private static final int MAX_THRESHOLD = 8;

  private record Row(Set<Integer> explicit, Record record) {}

  private record Counts(int[] tp, int[] fp, int[] fn) {
    Counts() {
      this(new int[18], new int[18], new int[18]);
    }

    int sum(int[] a) {
      int s = 0;
      for (int i = 1; i <= 17; i++) {
        s += a[i];
      }
      return s;
    }

    double microF1() {
      double p = ratio(sum(tp), sum(tp) + sum(fp));
      double r = ratio(sum(tp), sum(tp) + sum(fn));
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static void main(String[] args) {
    SdgEnricher enricher = new SdgEnricher();
    List<Row> rows = CorpusRows.initiatives().stream()
        .map(r -> new Row(enricher.explicitGoals(r), r))
        .filter(row -> !row.explicit().isEmpty())
        .toList();
    Predicate<Row> tuning = row -> CorpusRows.line(row.record()) % 2 == 0;
    List<Row> tuneRows = rows.stream().filter(tuning).toList();
    List<Row> testRows = rows.stream().filter(tuning.negate()).toList();
    System.out.printf("explicit rows: %d (tuning, even lines: %d; held out, odd lines: %d)%n",
        rows.size(), tuneRows.size(), testRows.size());

    int best = 1;
    double bestF1 = -1;
    for (int t = 1; t <= MAX_THRESHOLD; t++) {
      double f1 = count(enricher, tuneRows, t).microF1();
      System.out.printf("tuning: threshold %d  micro-F1 %.3f%n", t, f1);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    System.out.printf("chosen threshold: %d (SdgEnricher.MIN_EVIDENCE_TERMS = %d)%n",
        best, SdgEnricher.MIN_EVIDENCE_TERMS);

    Counts c = count(enricher, testRows, best);
    System.out.println("held out: goal  support  P      R      F1");
    for (int g = 1; g <= 17; g++) {
      double p = ratio(c.tp()[g], c.tp()[g] + c.fp()[g]);
      double r = ratio(c.tp()[g], c.tp()[g] + c.fn()[g]);
      System.out.printf("          %2d    %3d      %.2f   %.2f   %.2f%n", g, c.tp()[g] + c.fn()[g], p, r,
          p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
    int tp = c.sum(c.tp());
    int fp = c.sum(c.fp());
    int fn = c.sum(c.fn());
    System.out.printf("held out micro: P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
        ratio(tp, tp + fp), ratio(tp, tp + fn), c.microF1(), tp, fp, fn);
  }

  private static Counts count(SdgEnricher enricher, List<Row> rows, int threshold) {
    Counts c = new Counts();
    for (Row row : rows) {
      TreeSet<Integer> inferred = enricher.inferredGoals(row.record(), threshold);
      for (int g = 1; g <= 17; g++) {
        boolean truth = row.explicit().contains(g);
        boolean guess = inferred.contains(g);
        if (truth && guess) {
          c.tp()[g]++;
        } else if (guess) {
          c.fp()[g]++;
        } else if (truth) {
          c.fn()[g]++;
        }
      }
    }
    return c;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
