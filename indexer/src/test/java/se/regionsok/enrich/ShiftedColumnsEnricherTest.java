package se.regionsok.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.regionsok.TestCorpus;
import se.regionsok.read.TableAppendixReader;
import se.regionsok.record.Record;

/** Issue 19: Uppsala's section-2 rows with the RUS goal in the prestationer column are put right and flagged. */
class ShiftedColumnsEnricherTest {
  private static final List<Record> SHIFTED = new TableAppendixReader().read(TestCorpus.document("003")).stream()
      .map(new ShiftedColumnsEnricher()::enrich)
      .filter(r -> r.flags().contains("columns_shifted"))
      .toList();

  @Test
  void onlyTheRowsWhosePrestationerCellIsAGoalAreShifted() {
    assertEquals(List.of("tabellbilaga-2023-256", "tabellbilaga-2023-257", "tabellbilaga-2023-261",
        "tabellbilaga-2023-262"), SHIFTED.stream().map(Record::id).toList());
    assertEquals(List.of("Uppsala"), SHIFTED.stream().map(Record::region).distinct().toList());
  }

  @Test
  void theCellsMoveBackToTheirColumns() {
    Record apl = SHIFTED.get(0);
    assertEquals("APL kartläggning\n"
        + "Prestationer: Dialogmaterial för att öka kvaliteten i APL\n"
        + "Effekter: Enklare att strukturera ut och avgöra var kvaliteten brister, förhoppningsvis leder det till en bättre APL\n"
        + "Mål: Utbildning och sysselsättning för alla", apl.text());
    assertEquals("Utbildning och sysselsättning för alla", apl.goalText());
  }

  @Test
  void aRecordWithItsColumnsInPlaceIsLeftAlone() {
    Record row = Record.of("x-1", "Uppsala", 2023, "initiative", List.of(), "Vätgas",
        "Vätgas\nPrestationer: En samverkansgrupp bildad\nEffekter: Fler tankstationer\nMål: Utbildning och sysselsättning för alla",
        null);
    assertEquals(row, new ShiftedColumnsEnricher().enrich(row));
  }
}
