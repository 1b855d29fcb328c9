package se.regionsok.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.regionsok.TestCorpus;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;

class ProjectDecisionReaderTest {
  private static final List<Record> RECORDS =
      new ProjectDecisionReader().read(TestCorpus.repaired("002"));

  @Test
  void readsTheFifteenSections() {
    assertEquals(List.of("Sammanfattning", "Skäl för det föreslagna beslutet", "Bakgrund",
        "Nulägets utmaningar och kritiska faktorer", "Övergripande mål", "Projektmål",
        "Delmål och aktiviteter", "Ingående kommuner", "Perspektiv", "Långsiktighet",
        "Uppföljning", "Resultatspridning", "Projektorganisation",
        "Avgränsning ordinarie verksamhet", "Kostnads- och finansieringsbudget"),
        RECORDS.stream().map(Record::title).toList());
    assertTrue(RECORDS.stream().allMatch(r -> r.docType().equals(DocType.PROJECT_SECTION)
        && r.area().equals(List.of(PolicyArea.RUS_STRATEGI.label())) && r.year() == 2023));
    assertEquals("orebro-rus-2023-3", RECORDS.get(0).id());
  }

  @Test
  void leavesTheRepeatedLetterheadOut() {
    Record organisation = RECORDS.get(12);
    assertTrue(organisation.text().endsWith("Regionala samverkansrådet"), organisation.text());
    assertFalse(organisation.text().contains("Dnr"));
    assertFalse(organisation.text().contains("W%"));
    assertEquals(237, organisation.source().lineEnd());
  }
}
