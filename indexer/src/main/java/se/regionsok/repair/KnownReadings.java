package se.regionsok.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data file known-readings.tsv: OCR tokens read by a person where the general rules cannot
 * decide (names, a lost letter beside a confusion), so the repair neither damages a name nor
 * leaves a word half read.
 */
final class KnownReadings {
  private final Map<String, String> readings = new HashMap<>();

  private KnownReadings() {}

  static KnownReadings load() {
    KnownReadings known = new KnownReadings();
    try (InputStream in = KnownReadings.class.getResourceAsStream("known-readings.tsv")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .forEach(row -> known.readings.put(row[0], row[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return known;
  }

  /** How the token reads, when a person has read it. */
  Optional<String> of(String token) {
    return Optional.ofNullable(readings.get(token));
  }
}
