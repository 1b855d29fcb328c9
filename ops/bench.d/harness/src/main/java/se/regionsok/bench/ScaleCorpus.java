package se.regionsok.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.regionsok.schema.RecordJson;
import se.regionsok.record.Record;

/**
 * Grows an exported corpus N times: {@code ScaleCorpus export.jsonl N out.jsonl}. Copy 0 is the
 * corpus as is (so the query log's ids stay valid); copy k is the reporting year minus k with ids
 * suffixed "-xk", and about half of each record's sentences swapped with sentences of other records
 * of the same policy area, so the vocabulary and term statistics stay those of real reports.
 */
public final class ScaleCorpus {
  private ScaleCorpus() {}

  public static void main(String[] args) throws IOException {
    List<Record> base = readJsonl(Path.of(args[0]));
    int factor = Integer.parseInt(args[1]);
    Map<String, List<String>> sentencesByArea = new HashMap<>();
    for (Record r : base) {
      sentencesByArea.computeIfAbsent(areaOf(r), a -> new ArrayList<>()).addAll(sentences(r.text()));
    }
    Random random = new Random(42); // fixed seed: the same corpus on every run
    long count = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]))) {
      for (int copy = 0; copy < factor; copy++) {
        for (Record r : base) {
          Record scaled = copy == 0 ? r : recombined(r, copy, sentencesByArea.get(areaOf(r)), random);
          out.write(RecordJson.write(scaled));
          out.newLine();
          count++;
        }
      }
    }
    System.out.println(count);
  }

  static List<Record> readJsonl(Path file) throws IOException {
    try (var lines = Files.lines(file)) {
      return lines.filter(l -> !l.isBlank()).map(RecordJson::read).toList();
    }
  }

  private static Record recombined(Record r, int copy, List<String> pool, Random random) {
    StringBuilder text = new StringBuilder();
    for (String sentence : sentences(r.text())) {
      text.append(random.nextBoolean() ? sentence : pool.get(random.nextInt(pool.size()))).append('\n');
    }
    return new Record(r.id() + "-x" + copy, r.region(), r.year() - copy, r.docType(), r.area(),
        r.title(), r.shortTitle(), text.toString().strip(), r.goalText(), r.rusGoals(), r.rusThemes(), r.programs(),
        r.sdgs(), r.projectIds(), r.source(), r.placeholder(), null, r.questionNumber(), r.answer(),
        r.answers(), r.flags(), r.outputs(), r.effects(), r.outcomes(), r.topics());
  }

  private static String areaOf(Record r) {
    return r.area().isEmpty() ? "" : r.area().get(0);
  }

  private static List<String> sentences(String text) {
    return List.of(text.split("(?<=[.!?])\\s+|\\n+"));
  }
}
