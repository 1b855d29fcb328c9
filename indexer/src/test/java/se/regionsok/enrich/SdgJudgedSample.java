package se.regionsok.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.regionsok.build.StandardPipeline;
import se.regionsok.record.Record;
import se.regionsok.record.SdgRef;
import se.regionsok.record.Tagged;

/**
 * The judged sample of corpus/eval/sdg-judged.tsv: records whose goals a reader graded, in a
 * tuning and a held-out half, and how the inferred goals score on them. Precision: inferred goals
 * the reader also gave. Recall: the reader's goals the record does not state that were inferred.
 */
final class SdgJudgedSample {
  /** One judged record: the record as the pipeline reads it, the reader's goals, its half. */
  record Judged(Record record, Set<Integer> goals, boolean tuning) {
    Set<Integer> stated() {
      return record.sdgs().stream().filter(s -> s.source().equals(Tagged.EXPLICIT)).map(SdgRef::goal)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** True and false positives and misses of the inferred goals. */
  record Score(int tp, int fp, int fn) {
    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    @Override
    public String toString() {
      return String.format("P %.3f  R %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), tp, fp, fn);
    }
  }

  private SdgJudgedSample() {}

  static List<Judged> load() {
    Path corpus = CorpusRows.document(CorpusRows.FILE).getParent().getParent();
    Map<String, Record> byId = StandardPipeline.loader().load(corpus).records().stream()
        .collect(Collectors.toMap(Record::id, Function.identity(), (a, b) -> a));
    try {
      return Files.readAllLines(corpus.resolve("eval/sdg-judged.tsv")).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", -1))
          .map(cells -> new Judged(recordOf(byId, cells[0]), goals(cells[2]), cells[1].equals("tune")))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The inferred goals at a threshold, scored on the given records. */
  static Score score(SdgEnricher enricher, List<Judged> sample, int threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Judged judged : sample) {
      Set<Integer> stated = judged.stated();
      Set<Integer> inferred = new TreeSet<>(enricher.inferredGoals(judged.record(), threshold).keySet());
      inferred.removeAll(stated);
      for (int goal : inferred) {
        if (judged.goals().contains(goal)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (int goal : judged.goals()) {
        if (!stated.contains(goal) && !inferred.contains(goal)) {
          fn++;
        }
      }
    }
    return new Score(tp, fp, fn);
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
