package se.regionsok.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.regionsok.record.Record;
import se.regionsok.record.Tagged;

class EnrichersTest {
  private static final Enrichers ENRICHERS = Enrichers.standard();

  /** Gävleborg l.558: the goal names transport and attractiveness; both themes are explicit. */
  @Test
  void allFacetsOfOneRow() {
    Record row = CorpusRows.initiatives().stream().filter(r -> CorpusRows.line(r) == 558).findFirst().orElseThrow();
    Record enriched = ENRICHERS.enrich(row);
    assertEquals(List.of("Gävleborg har attraktiva platser och goda livsmiljöer för boende, arbete, företagande och besökare",
        "Gävleborg har en fossiloberoende transportsektor och ett hållbart resande"), enriched.rusGoals());
    assertTrue(enriched.rusThemes().containsAll(List.of(
        new Tagged("Attraktivitet och livsmiljö", Tagged.EXPLICIT),
        new Tagged("Tillgänglighet och transporter", Tagged.EXPLICIT),
        new Tagged("Klimat, energi och miljö", Tagged.EXPLICIT))));
    assertTrue(enriched.sdgs().stream().allMatch(s -> s.source().equals(Tagged.INFERRED)));
  }

  @Test
  void themesWithoutRusGoalsAreInferredFromTheBody() {
    Record row = Record.of("t", "Kalmar", 2023, "initiative", List.of(), "Laddinfrastruktur",
        "Laddinfrastruktur och förnybar energi minskar klimatpåverkan och fossil miljöbelastning.", null);
    Record enriched = ENRICHERS.enrich(row);
    assertEquals(List.of(), enriched.rusGoals());
    assertEquals(List.of(new Tagged("Klimat, energi och miljö", Tagged.INFERRED)), enriched.rusThemes());
  }
}
