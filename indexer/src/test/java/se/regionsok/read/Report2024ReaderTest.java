package se.regionsok.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.regionsok.TestCorpus;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;

class Report2024ReaderTest {
  private static final List<String> TEMPLATE = List.of("1.1", "1.2", "1.3", "1.4", "1.5",
      "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.2", "3.3", "3.4", "3.5",
      "4.1", "4.2", "4.3", "4.4", "4.5", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3");
  private static final List<Record> OREBRO = new Report2024Reader().read(TestCorpus.repaired("001"));
  private static final List<Record> VASTMANLAND =
      new Report2024Reader().read(TestCorpus.repaired("004"));

  private static Record question(List<Record> records, String number) {
    return records.stream().filter(r -> number.equals(r.questionNumber())).findFirst().orElseThrow();
  }

  private static List<Record> answers(List<Record> records) {
    return records.stream().filter(r -> r.docType().equals(DocType.REPORT_ANSWER)).toList();
  }

  @Test
  void readsTheTwentyEightQuestionsOfBothReports() {
    for (List<Record> records : List.of(OREBRO, VASTMANLAND)) {
      assertEquals(TEMPLATE, answers(records).stream().map(Record::questionNumber).toList());
    }
    assertEquals("Västmanland", VASTMANLAND.get(0).region());
    assertEquals("vastmanland-2024-3", VASTMANLAND.get(0).id());
  }

  @Test
  void bulletsWithTheirOwnGoalLineAreInitiatives() {
    List<Record> initiatives = VASTMANLAND.stream()
        .filter(r -> r.docType().equals(DocType.INITIATIVE)).toList();
    assertEquals(List.of(
        "Regionen medfinansierar Vinnvix satsningen Automation Region, som med 150 medlemsföretag och partners …",
        "Stärkt förmåga för ökad EU samverkan och finansiering",
        "Ökat kompetensen om missionsdriven arbetsmetodik i det regionala innovationssystemet",
        "Företagsutveckling inom Framgångslyftet",
        "De turismverksamheter som medverkar i projektet \"Smarta Sätt 2024-2025\" ökar sin medvetenhet …"),
        initiatives.stream().map(Record::title).toList());
    assertEquals(List.of("RUS delmål: 14, 15, 18 och 20", "RUS delmadl 14, 15 och 20.",
        "ERUF SM 1.4 och RUS delmål 14", "RUS delmål 14, 15 och 18.",
        "RUS delmål: 7, 10, 15, 16, 19 och 20"),
        initiatives.stream().map(Record::goalText).toList());
    assertTrue(initiatives.stream().allMatch(r -> r.area().equals(question(VASTMANLAND, "3.4").area())));
    assertEquals("vastmanland-2024-541", initiatives.get(0).id());
    assertTrue(OREBRO.stream().noneMatch(r -> r.docType().equals(DocType.INITIATIVE)),
        "001 writes its goals in prose, not per bullet");
  }

  @Test
  void titleSpansTheBlankLineInsideAQuestion() {
    assertEquals("Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.",
        question(OREBRO, "1.1").title());
    assertTrue(question(OREBRO, "1.1").text().startsWith("Analys, samverkan och finansiering är"));
  }

  @Test
  void numberedListInsideAnAnswerStartsNoRecord() {
    assertTrue(question(OREBRO, "3.2").text().contains("1. Cirkulära affärsmodeller och digitalisering"));
  }

  @Test
  void removesFootnotesAndJoinsTheSentenceTheyCut() {
    String text = question(OREBRO, "1.4").text();
    assertTrue(text.contains("Samverkan kring civilsamhälle och social ekonomi har främjats"), text);
    for (Record record : OREBRO) {
      assertFalse(record.text().contains("Anvisningar"), record.id());
      assertFalse(record.text().contains("Ibid."), record.id());
      assertFalse(record.text().contains("20(23)"), record.id());
    }
    for (Record record : VASTMANLAND) {
      assertFalse(record.text().contains("För definitioner och exempel"), record.id());
      assertFalse(record.text().contains("Följande aktörer ingår"), record.id());
    }
    assertTrue(question(VASTMANLAND, "1.5").text()
        .contains("ett flertal andra gemensamt framtagna indikatorer"));
  }

  @Test
  void readsTheTickedBoxAndPlaceholders() {
    assertEquals("Ja", question(OREBRO, "5.1").answer());
    assertTrue(question(OREBRO, "5.1").text().startsWith("Svar: Ja."));
    assertNull(question(VASTMANLAND, "5.1").answer(), "004's boxes are OCR noise");
    assertTrue(question(OREBRO, "3.5").placeholder());
    assertTrue(question(OREBRO, "4.5").placeholder());
    assertFalse(question(OREBRO, "4.4").placeholder());
  }

  @Test
  void mapsSectionsToPolicyAreas() {
    assertEquals(PolicyArea.TILLGANGLIGHET.label(), question(OREBRO, "4.2").area().get(0));
    assertEquals(PolicyArea.ANSLAG_1_1.label(), question(VASTMANLAND, "5.3").area().get(0));
    assertEquals(PolicyArea.ANALYS_UPPFOLJNING.label(), question(VASTMANLAND, "6.1").area().get(0));
  }
}
