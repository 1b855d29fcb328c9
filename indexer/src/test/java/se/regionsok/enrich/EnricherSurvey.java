package se.regionsok.enrich;

import se.regionsok.record.Record;

/** Prints each 003 row's facets, for eyeballing while curating the resource tables. */
final class EnricherSurvey {
  public static void main(String[] args) {
    var enricher = Enrichers.standard();
    for (Record r : CorpusRows.initiatives()) {
      Record e = enricher.enrich(r);
      if (args.length == 0 || r.region().equals(args[0])) {
        System.out.println(CorpusRows.line(r) + " " + r.region() + " | " + e.rusGoals() + " | "
            + e.rusThemes() + " | " + e.sdgs() + " | " + e.programs() + " | " + e.projectIds());
      }
    }
  }
}
