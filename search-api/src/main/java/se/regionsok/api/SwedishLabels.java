package se.regionsok.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Swedish names of facets and their values (labels-sv.tsv), for files people open. */
final class SwedishLabels {
  private static final Map<String, String> LABELS = read();

  private SwedishLabels() {}

  static String facet(String dim) {
    return LABELS.getOrDefault(dim + "\t", dim);
  }

  static String value(String dim, String value) {
    return LABELS.getOrDefault(dim + "\t" + value, value);
  }

  private static Map<String, String> read() {
    Map<String, String> labels = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SwedishLabels.class.getResourceAsStream("labels-sv.tsv"), StandardCharsets.UTF_8))) {
      in.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
        String[] cells = line.split("\t", -1);
        labels.put(cells[0] + "\t" + cells[1], cells[2]);
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(labels);
  }
}
