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

class Report2022ReaderTest {
  private static final List<Record> RECORDS = new Report2022Reader().read(TestCorpus.repaired("000"));

  private static List<Record> ofType(String docType) {
    return RECORDS.stream().filter(r -> r.docType().equals(docType)).toList();
  }

  private static Record question(String number) {
    return RECORDS.stream().filter(r -> number.equals(r.questionNumber())).findFirst().orElseThrow();
  }

  @Test
  void readsEveryQuestionOfTheTemplate() {
    assertEquals(List.of("1.1.1", "1.1.2", "1.1.3",
        "1.2.1.1", "1.2.1.2", "1.2.1.3", "1.2.1.4", "1.2.2.1", "1.2.2.2", "1.2.2.3", "1.2.2.4",
        "1.2.3.1", "1.2.3.2", "1.2.3.3", "1.2.3.4", "1.2.4.1", "1.2.4.2", "1.2.4.3", "1.2.4.4",
        "1.3.1.1", "1.3.1.2", "1.3.2.1", "1.3.2.2", "1.3.3.1", "1.3.3.2",
        "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
        "3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.3.1", "3.3.2", "3.4.1", "3.4.2", "3.5.1", "3.5.2",
        "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "5"),
        ofType(DocType.REPORT_ANSWER).stream().map(Record::questionNumber).toList());
  }

  @Test
  void readsTheElevenInitiativesWithTheirGoals() {
    List<Record> initiatives = ofType(DocType.INITIATIVE);
    assertEquals(List.of("RUS-genomförande 2022-2023",
        "Railcenter Hallsberg - utbildningskluster infrastruktur",
        "Regionala strukturer för validering i Östra Mellansverige",
        "Yrkeshögskolesamverkan i Örebro län 2023-2025",
        "Affärs- och tillväxtkraft i OMS för ökad, långsiktig och hållbar livsmedelförsörjning",
        "Utveckling av Project Support Office med inriktning AI", "Smart Move", "Aiall*",
        "Elkapacitet och effektanvändande i Östra Mellansverige",
        "Fossilfritt 2030 - Transporter i Uppsala län", "Växthus för klimatledande upphandling"),
        initiatives.stream().map(Record::title).toList());
    assertEquals("RUS - Transporter och infrastruktur. Bidrar till att nå målet om begränsad klimatpåverkan",
        initiatives.get(10).goalText());
    assertTrue(initiatives.get(6).goalText().startsWith("RUS - Kompetens"), initiatives.get(6).goalText());
    assertTrue(initiatives.stream().allMatch(r -> r.goalText().startsWith("RUS - ")));
    assertEquals(List.of(PolicyArea.MILJO_KLIMAT.label()), initiatives.get(9).area());
  }

  @Test
  void mapsTheTemplateStructureToPolicyAreas() {
    assertEquals(PolicyArea.RUS_STRATEGI.label(), question("1.1.2").area().get(0));
    assertEquals(PolicyArea.KOMPETENSFORSORJNING.label(), question("1.2.2.4").area().get(0));
    assertEquals(PolicyArea.INTEGRATION.label(), question("1.3.2.1").area().get(0));
    assertEquals(PolicyArea.ANSLAG_1_1.label(), question("2.6").area().get(0));
    assertEquals(PolicyArea.SAMVERKAN.label(), question("3.3.2").area().get(0));
    assertEquals(PolicyArea.ANALYS_UPPFOLJNING.label(), question("4.7").area().get(0));
    assertEquals(PolicyArea.OVRIGT.label(), question("5").area().get(0));
  }

  @Test
  void keepsProvenanceAndStableIds() {
    Record record = question("1.2.2.4");
    assertEquals("orebro-2022-453", record.id());
    assertEquals("000_7f98d86c3f1b3599.txt", record.source().document());
    assertEquals(453, record.source().lineStart());
    assertEquals("Örebro", record.region());
    assertEquals(2022, record.year());
  }

  @Test
  void headingTrapsStartNoRecord() {
    assertTrue(RECORDS.stream().noneMatch(r -> r.source().lineStart() == 493
        || r.source().lineStart() == 1426 || r.source().lineStart() == 1521));
    assertTrue(ofType(DocType.INITIATIVE).stream()
        .anyMatch(r -> r.text().contains("Örebro län finns i området Hallsberg")));
  }

  @Test
  void marksSeOvanAnswersAsPlaceholders() {
    for (String number : List.of("1.2.4.4", "1.3.1.2", "1.3.2.2")) {
      assertTrue(question(number).placeholder(), number);
      assertEquals("Se ovan", question(number).text(), number);
    }
  }

  @Test
  void aQuestionsSecondSentenceOnItsOwnLineIsStillTheQuestion() {
    for (String number : List.of("3.1.2", "3.2.2", "3.3.2")) {
      assertTrue(question(number).title().endsWith("Beskriv gärna även eventuella utmaningar eller framgångsfaktorer."),
          number + ": " + question(number).title());
      assertFalse(question(number).text().contains("Beskriv gärna"), number);
    }
  }

  @Test
  void removesFormBoilerplateAndCheckboxNoise() {
    for (Record record : RECORDS) {
      assertFalse(record.text().contains("Observera! Maximalt antal tecken"), record.id());
      assertFalse(record.text().contains("Observera!"), record.id()); // also the one under "5 Övriga medskick"
      assertFalse(record.text().contains("Klicka eller tryck"), record.id());
      assertFalse(record.text().contains("Namn på insats och kort"), record.id());
      assertFalse(record.text().matches("(?s).*\\bNej U\\b.*"), record.id());
    }
  }

  @Test
  void readsTheYesNoBoxesEvenWhereTheOcrLostTheTick() {
    assertEquals("Ja", question("2.3").answer(), "\"Ja\" beside an empty \"Nej [\"");
    assertEquals("Ja", question("2.4").answer(), "\" JaX\"");
    assertEquals("Ja", question("2.5").answer(), "\"Ja X\"");
    assertTrue(question("2.5").text().startsWith("Svar: Ja.\n• Inom ramen för"));
    assertEquals("Ja", question("4.2").answer());
    assertEquals("Svar: Ja.", question("4.2").text());
    for (Record record : RECORDS) {
      assertFalse(record.text().contains("Om nej, ange anledningen"), record.id());
    }
  }

  @Test
  void keepsTheTextThatRunsOnAfterFormBoilerplate() {
    // the column layout of the table is lost: the delivery reads after the projektmål column
    Record initiative = ofType(DocType.INITIATIVE).stream()
        .filter(r -> r.text().contains("Delmål 3: Stärkt regional")).findFirst().orElseThrow();
    assertTrue(initiative.text().contains("kapacitetutmaningar Leverans delmål 3: Varje i projektet"
        + " aktuell region har ett regionalt forum där kapacitetsfrågan diskuteras"), initiative.text());
    assertFalse(initiative.text().contains("Uppföljning kommer ske"), initiative.text());
  }

  @Test
  void answersReadAsTheirInitiativesAreEmptyPlaceholders() {
    for (String number : List.of("1.2.1.4", "1.2.2.4", "1.2.3.4", "1.3.3.2")) {
      Record parent = question(number);
      assertTrue(parent.placeholder(), number);
      assertTrue(parent.flags().contains("split_into_initiatives"), number);
      assertEquals("", parent.text(), number + ": no text counts twice");
    }
  }

  @Test
  void joinsASentenceThatAPageBreakCut() {
    assertTrue(question("1.2.1.3").text().contains("samhällsutvecklingen på landsbygden."));
  }
}
