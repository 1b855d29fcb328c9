package se.regionsok.repair;

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
    for (String line : RepairData.lines("known-readings.tsv")) {
      String[] row = line.split("\t");
      known.readings.put(row[0], row[1]);
    }
    return known;
  }

  /** How the token reads, when a person has read it. */
  Optional<String> of(String token) {
    return Optional.ofNullable(readings.get(token));
  }
}
