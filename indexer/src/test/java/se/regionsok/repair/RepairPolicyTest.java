package se.regionsok.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.regionsok.TestCorpus;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;
import se.regionsok.record.Source;

class RepairPolicyTest {

  @Test
  void choosesTheRepairByTheDamageTheTextShows() {
    TextRepair repair = TestCorpus.repair();
    assertEquals("ocr_repaired", repair.repairWithReport(TestCorpus.document("000")).repair().flag());
    assertEquals("split_diacritics_repaired",
        repair.repairWithReport(TestCorpus.document("001")).repair().flag());
    assertEquals("ocr_repaired", repair.repairWithReport(TestCorpus.document("002")).repair().flag());
    assertEquals("not_repaired", repair.repairWithReport(TestCorpus.document("003")).repair().flag());
    assertEquals("ocr_repaired", repair.repairWithReport(TestCorpus.document("004")).repair().flag());
  }

  @Test
  void keepsTheTextAsReadOnRecordsFromRepairedLines() {
    RepairedDocument document = TestCorpus.repair().repairWithReport(TestCorpus.document("001"));
    CorpusDocument repaired = document.repaired();
    Record changed = Record.of("x-6", "Örebro", 2024, DocType.REPORT_ANSWER, List.of(), "t",
        repaired.line(6).strip(), new Source(repaired.fileName(), 6, 6));
    Record same = Record.of("x-810", "Örebro", 2024, DocType.REPORT_ANSWER, List.of(), "t",
        repaired.line(810).strip(), new Source(repaired.fileName(), 810, 810));
    List<Record> kept = TextRepair.keepOriginals(List.of(changed, same), document);
    assertTrue(kept.get(0).originalText().contains("ÖÄ rebro"));
    assertTrue(kept.get(0).flags().contains("split_diacritics_repaired"));
    assertNull(kept.get(1).originalText());
  }
}
