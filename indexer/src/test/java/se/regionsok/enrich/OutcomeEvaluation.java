package se.regionsok.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.regionsok.build.StandardPipeline;
import se.regionsok.record.Outcomes;
import se.regionsok.record.Record;

/**
 * The outcome assessment against the hand-labelled sample: precision and recall per status, for
 * figures (value and unit must both match) and for "evaluated", on the tuning and the held-out
 * half. Run with ops/eval-outcomes; --errors lists the tuning records where rules and labels
 * disagree (the held-out half is only counted),
 * --distribution the statuses per region and docType over the whole corpus.
 */
public final class OutcomeEvaluation {

  /** Precision and recall counts of one class. */
  record Score(int tp, int fp, int fn) {
    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    Score plus(Score o) {
      return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** The scores of one half: per status, figures and evaluated. */
  record Scores(Map<String, Score> status, Score figures, Score evaluated, List<String> errors) {}

  public static void main(String[] args) {
    List<Record> corpus = corpus();
    Map<String, Record> byId = corpus.stream().collect(Collectors.toMap(Record::id, Function.identity()));
    List<OutcomeSample> sample = OutcomeSample.read();
    for (String half : List.of(OutcomeSample.TUNING, OutcomeSample.HELD_OUT)) {
      List<OutcomeSample> rows = sample.stream().filter(s -> s.half().equals(half)).toList();
      Scores scores = score(rows, byId);
      System.out.printf("%n%s half (%d records)%n", half.equals(OutcomeSample.TUNING) ? "tuning" : "held-out", rows.size());
      System.out.println("  class          support  P      R      (tp fp fn)");
      scores.status().forEach((status, s) -> print(status, s));
      print("figures", scores.figures());
      print("evaluated", scores.evaluated());
      if (List.of(args).contains("--errors") && half.equals(OutcomeSample.TUNING)) {
        scores.errors().forEach(e -> System.out.println("  ! " + e));
      }
    }
    if (List.of(args).contains("--distribution")) {
      distribution(corpus);
    }
  }

  static List<Record> corpus() {
    Path corpusDir = CorpusRows.document(CorpusRows.FILE).getParent().getParent();
    return StandardPipeline.loader().load(corpusDir).records();
  }

  static Scores score(List<OutcomeSample> rows, Map<String, Record> byId) {
    Map<String, Score> status = new LinkedHashMap<>();
    Outcomes.STATUSES.forEach(s -> status.put(s, new Score(0, 0, 0)));
    Score figures = new Score(0, 0, 0);
    Score evaluated = new Score(0, 0, 0);
    List<String> errors = new ArrayList<>();
    for (OutcomeSample row : rows) {
      Record record = byId.get(row.id());
      if (record == null) {
        throw new IllegalStateException("labelled record " + row.id() + " is not in the corpus");
      }
      Outcomes got = record.outcomes();
      if (got.status().equals(row.status())) {
        status.merge(row.status(), new Score(1, 0, 0), Score::plus);
      } else {
        status.merge(got.status(), new Score(0, 1, 0), Score::plus);
        status.merge(row.status(), new Score(0, 0, 1), Score::plus);
        errors.add(row.id() + " status " + got.status() + " (label " + row.status() + ") " + got.evidence());
      }
      List<String> expected = new ArrayList<>(row.figures());
      List<String> extracted = got.figures().stream().map(f -> OutcomeSample.key(f.value(), f.unit())).toList();
      int matched = 0;
      for (String key : extracted) {
        if (expected.remove(key)) {
          matched++;
        }
      }
      figures = figures.plus(new Score(matched, extracted.size() - matched, expected.size()));
      if (matched != extracted.size() || !expected.isEmpty()) {
        errors.add(row.id() + " figures " + extracted + " (label " + row.figures() + ")");
      }
      evaluated = evaluated.plus(new Score(
          got.evaluated() && row.evaluated() ? 1 : 0, got.evaluated() && !row.evaluated() ? 1 : 0,
          !got.evaluated() && row.evaluated() ? 1 : 0));
      if (got.evaluated() != row.evaluated()) {
        errors.add(row.id() + " evaluated " + got.evaluated());
      }
    }
    return new Scores(status, figures, evaluated, errors);
  }

  private static void print(String name, Score s) {
    System.out.printf("  %-14s %4d     %.2f   %.2f   (%d %d %d)%n", name, s.tp() + s.fn(), s.precision(), s.recall(),
        s.tp(), s.fp(), s.fn());
  }

  private static void distribution(List<Record> corpus) {
    for (Function<Record, String> by : List.<Function<Record, String>>of(Record::region, Record::docType)) {
      Map<String, Map<String, Long>> table = new TreeMap<>();
      corpus.forEach(r -> table.computeIfAbsent(by.apply(r), k -> new TreeMap<>())
          .merge(r.outcomes().status(), 1L, Long::sum));
      System.out.printf("%n%-22s %s  quantified evaluated%n", "", String.join(" ", Outcomes.STATUSES));
      table.forEach((key, counts) -> {
        long quantified = corpus.stream().filter(r -> by.apply(r).equals(key) && r.outcomes().quantified()).count();
        long evaluatedCount = corpus.stream().filter(r -> by.apply(r).equals(key) && r.outcomes().evaluated()).count();
        System.out.printf("%-22s %s  %d %d%n", key, Outcomes.STATUSES.stream()
            .map(s -> String.valueOf(counts.getOrDefault(s, 0L))).collect(Collectors.joining(" ")),
            quantified, evaluatedCount);
      });
    }
  }
}
