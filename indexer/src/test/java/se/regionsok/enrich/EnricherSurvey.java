package se.regionsok.enrich;

import java.util.Map;
import java.util.TreeMap;
import se.regionsok.record.Record;

/**
 * Prints each 003 row's facets (optionally of one region), then per region how many rows got at
 * least one RUS goal and at least one explicit / any Agenda 2030 goal. For curating the tables.
 */
final class EnricherSurvey {
  public static void main(String[] args) {
    Enrichers enrichers = Enrichers.standard();
    Map<String, int[]> perRegion = new TreeMap<>();
    for (Record row : CorpusRows.initiatives()) {
      Record e = enrichers.enrich(row);
      int[] c = perRegion.computeIfAbsent(row.region(), r -> new int[4]);
      c[0]++;
      c[1] += e.rusGoals().isEmpty() ? 0 : 1;
      c[2] += e.sdgs().stream().anyMatch(s -> s.source().equals("explicit")) ? 1 : 0;
      c[3] += e.sdgs().isEmpty() ? 0 : 1;
      if (args.length == 0 || row.region().equals(args[0])) {
        System.out.println(CorpusRows.line(row) + " " + row.region() + " | " + e.rusGoals() + " | "
            + e.rusThemes() + " | " + e.sdgs() + " | " + e.programs() + " | " + e.projectIds());
      }
    }
    System.out.println("region | rows | >=1 RUS goal | >=1 explicit SDG | >=1 SDG (explicit or inferred)");
    int[] total = new int[4];
    perRegion.forEach((region, c) -> {
      System.out.printf("%s | %d | %d | %d | %d%n", region, c[0], c[1], c[2], c[3]);
      for (int i = 0; i < 4; i++) {
        total[i] += c[i];
      }
    });
    System.out.printf("total | %d | %d | %d | %d%n", total[0], total[1], total[2], total[3]);
  }
}
