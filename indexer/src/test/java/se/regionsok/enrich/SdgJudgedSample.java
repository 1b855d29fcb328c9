package se.regionsok.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.regionsok.build.StandardPipeline;
import se.regionsok.record.Record;
import se.regionsok.record.SdgRef;
import se.regionsok.record.Tagged;

/**
 * The judged sample of corpus/eval/sdg-judged.tsv: records whose goals a reader graded, in a
 * tuning half and a held-out half, and how the inferred goals score on them. Precision: inferred
 * goals the reader also gave. Recall: the reader's goals the record does not state that were
 * inferred.
 */
final class SdgJudgedSample {
  /**
   * One judged record: the record as the pipeline reads it, its evidence for the inference, the
   * reader's goals, a second reader's (null where it was read once), its batch and half ('tune' or
   * 'held-out').
   */
  record Judged(Record record, SdgTermInference.Evidence evidence, Set<Integer> goals, Set<Integer> secondReader,
      int batch, String half) {
    boolean tuning() {
      return half.equals("tune");
    }

    /** The same record as the second reader judged it. */
    Judged bySecondReader() {
      return new Judged(record, evidence, secondReader, null, batch, half);
    }

    /** The same record with the goals either reader gave (the lenient reading of two judgements). */
    Judged byEitherReader() {
      Set<Integer> either = new TreeSet<>(goals);
      either.addAll(secondReader);
      return new Judged(record, evidence, either, null, batch, half);
    }

    Set<Integer> stated() {
      return record.sdgs().stream().filter(s -> s.source().equals(Tagged.EXPLICIT)).map(SdgRef::goal)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** True and false positives and misses of the inferred goals. */
  record Score(int tp, int fp, int fn) {
    static final Score NONE = new Score(0, 0, 0);

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    /** The reader's goals the record does not state. */
    int judged() {
      return tp + fn;
    }

    double f1() {
      return tp == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
    }

    Score plus(Score other) {
      return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    @Override
    public String toString() {
      return String.format("P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(), tp, fp, fn);
    }
  }

  private SdgJudgedSample() {}

  static List<Judged> load() {
    Map<String, Record> byId = corpusRecords().stream()
        .collect(Collectors.toMap(Record::id, Function.identity(), (a, b) -> a));
    SdgEnricher enricher = new SdgEnricher();
    List<Judged> sample = new ArrayList<>();
    for (String[] cells : rows()) {
      Record record = recordOf(byId, cells[0]);
      Set<Integer> second = cells[4].equals("-") ? null : goals(cells[4]);
      sample.add(new Judged(record, enricher.evidence(record), goals(cells[3]), second, Integer.parseInt(cells[1]), cells[2]));
    }
    return sample;
  }

  /** Every record of the bundled corpus, enriched as the index holds it. */
  static List<Record> corpusRecords() {
    return StandardPipeline.loader().load(corpus()).records();
  }

  /** The ids already judged. */
  static Set<String> ids() {
    return rows().stream().map(cells -> cells[0]).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Path corpus() {
    return CorpusRows.document(CorpusRows.FILE).getParent().getParent();
  }

  /** The file's rows as cells: id, batch, half, goals, the second reader's goals, what the record is about. */
  private static List<String[]> rows() {
    try {
      return Files.readAllLines(corpus().resolve("eval/sdg-judged.tsv")).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The inferred goals of a scoring, scored on the given records. */
  static Score score(List<Judged> sample, SdgTermInference.Scoring scoring) {
    return byGoal(sample, scoring).values().stream().reduce(Score.NONE, Score::plus);
  }

  /** The same per goal: a goal inferred but not stated is right when the reader gave it. */
  static Map<Integer, Score> byGoal(List<Judged> sample, SdgTermInference.Scoring scoring) {
    Map<Integer, Score> byGoal = new TreeMap<>();
    for (Judged judged : sample) {
      Set<Integer> stated = judged.stated();
      Set<Integer> inferred = new TreeSet<>(SdgEnricher.inferredGoals(judged.record(), judged.evidence(), scoring).keySet());
      inferred.removeAll(stated);
      for (int goal : inferred) {
        boolean right = judged.goals().contains(goal);
        byGoal.merge(goal, new Score(right ? 1 : 0, right ? 0 : 1, 0), Score::plus);
      }
      for (int goal : judged.goals()) {
        if (!stated.contains(goal) && !inferred.contains(goal)) {
          byGoal.merge(goal, new Score(0, 0, 1), Score::plus);
        }
      }
    }
    return byGoal;
  }

  private static Record recordOf(Map<String, Record> byId, String id) {
    Record record = byId.get(id);
    if (record == null) {
      throw new IllegalStateException("sdg-judged.tsv names " + id + ", which the corpus no longer yields");
    }
    return record;
  }

  private static Set<Integer> goals(String cell) {
    return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
