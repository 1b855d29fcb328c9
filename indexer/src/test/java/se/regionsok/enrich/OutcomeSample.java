package se.regionsok.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The hand-labelled outcome sample, corpus/eval/outcomes.tsv (see corpus/eval/README.md). */
record OutcomeSample(String id, String half, String region, String docType, String status,
    boolean evaluated, List<String> figures) {
  static final String TUNING = "tune";
  static final String HELD_OUT = "test";

  static List<OutcomeSample> read() {
    Path file = CorpusRows.document("../eval/outcomes.tsv");
    try {
      List<OutcomeSample> rows = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        rows.add(new OutcomeSample(f[0], f[1], f[2], f[3], f[4], Boolean.parseBoolean(f[5]), figures(f[6])));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "183|företag|183 småföretag ;; 62|%|62%" as "value unit" keys ("183 företag", "62 %"). */
  private static List<String> figures(String cell) {
    return Arrays.stream(cell.split(" ;; ")).filter(s -> !s.isBlank())
        .map(s -> s.split("\\|"))
        .map(p -> key(new BigDecimal(p[0].strip()), p[1].strip()))
        .toList();
  }

  static String key(BigDecimal value, String unit) {
    BigDecimal plain = value.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString() + " " + unit;
  }
}
