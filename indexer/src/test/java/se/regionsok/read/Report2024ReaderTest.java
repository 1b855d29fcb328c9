package se.regionsok.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.regionsok.TestCorpus;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.record.DocType;
import se.regionsok.record.PartAnswer;
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
  void theLastAnswerEndsBeforeTheSignature() {
    Record last = question(VASTMANLAND, "6.3");
    assertTrue(last.text().endsWith("där det finns intresse att öppna digitala butiker."), last.text());
    assertFalse(last.text().contains("2023-02-05") || last.text().contains("Förvaltningsdirektor"), last.text());
  }

  @Test
  void thePrestationerQuestionIsKnownByItsWordsNotItsNumber() {
    // in section 2 of the 2024 template the prestationer question is 2.6; 2.4 asks about sustainability
    CorpusDocument report = TestCorpus.repaired("004");
    List<String> lines = new ArrayList<>(report.lines());
    lines.addAll(lineStarting(lines, "2.7 "), List.of("", "• Vätgasnätverk för åkerier: tio företag deltar.", "",
        "Mål: RUS delmål 14", ""));
    lines.addAll(lineStarting(lines, "2.5 "), List.of("", "• Hållbarhetsanalys av länets planer: två klara.", "",
        "Mål: RUS delmål 15", ""));
    List<Record> records = new Report2024Reader().read(new CorpusDocument(report.entry(), lines));
    List<Record> inSectionTwo = records.stream().filter(r -> r.docType().equals(DocType.INITIATIVE)
        && r.area().equals(question(records, "2.6").area())).toList();
    assertEquals(List.of("Vätgasnätverk för åkerier"), inSectionTwo.stream().map(Record::title).toList());
    assertTrue(question(records, "2.4").text().contains("Hållbarhetsanalys av länets planer"), "2.4 keeps its bullet");
  }

  private static int lineStarting(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }

  @Test
  void bulletsWithTheirOwnGoalLineAreInitiatives() {
    List<Record> initiatives = VASTMANLAND.stream()
        .filter(r -> r.docType().equals(DocType.INITIATIVE)).toList();
    assertEquals(List.of(
        "Regionen medfinansierar Vinnväxt satsningen Automation Region, som med 150 medlemsföretag och partners …",
        "Stärkt förmåga för ökad EU samverkan och finansiering",
        "Ökat kompetensen om missionsdriven arbetsmetodik i det regionala innovationssystemet",
        "Företagsutveckling inom Framgångslyftet",
        "De turismverksamheter som medverkar i projektet \"Smarta Sätt 2024-2025\" ökar sin medvetenhet …"),
        initiatives.stream().map(Record::title).toList());
    assertEquals(List.of("RUS delmål: 14, 15, 18 och 20", "RUS delmål 14, 15 och 20.",
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
  void removesTheTemplatesFootnotesAndJoinsTheSentenceTheyCut() {
    String text = question(OREBRO, "1.4").text();
    assertTrue(text.contains("Samverkan kring civilsamhälle och social ekonomi har främjats"), text);
    for (Record record : OREBRO) {
      assertFalse(record.text().contains("Anvisningar"), record.id());
      assertFalse(record.text().contains("Ibid."), record.id());
      assertFalse(record.text().contains("20(23)"), record.id());
    }
    for (Record record : VASTMANLAND) {
      assertFalse(record.text().contains("För definitioner och exempel"), record.id());
    }
    assertTrue(question(VASTMANLAND, "1.5").text()
        .contains("ett flertal andra gemensamt framtagna indikatorer"));
    assertTrue(question(OREBRO, "1.5").text().contains("organisatoriska klyftor.\n"
        + "Informationsutbyte och erfarenhetsdelning har lett till en ökad medvetenhet och kunskap"
        + " om vikten av tidiga insatser för barn och unga. Flera kommuner har arbetat vidare med"
        + " sina strukturer för samordning, exempelvis i norra länsdelen där fem kommuner"));
  }

  @Test
  void keepsParagraphsOpeningWithIOrLBeforeAPageBreak() {
    String text = question(OREBRO, "3.4").text();
    assertTrue(text.contains("Inom industriell och urban symbios har etableringen av"
        + " Wa3rm-projektet lett till Sveriges största växthusodling för tomater och skapat cirka"
        + " 200 nya jobb."), text);
    assertTrue(text.contains("Energi- och klimatrådet har samlat elproducenter, nätägare och"
        + " kommuner i länet för att diskutera strategier för elektrifiering."), text);
    assertTrue(question(OREBRO, "2.6").text().contains("I kollektivtrafiken har BRT-stråket mellan"
        + " Örebro centrum och universitetet minskat restiden"));
  }

  @Test
  void keepsTheAuthorsFootnotesAfterTheText() {
    Record record = question(VASTMANLAND, "2.2");
    List<String> paragraphs = List.of(record.text().split("\n"));
    assertTrue(paragraphs.get(paragraphs.size() - 2).startsWith("Följande aktörer ingår:"
        + " Arbetsförmedlingen, Länsstyrelsen, Företagarna, Handelskammaren Mälardalen"), record.text());
    assertTrue(paragraphs.get(paragraphs.size() - 1).startsWith("Exempel på deltagande"
        + " branschaktörer: MRF Västmanland, TYA"), record.text());
    assertEquals(223, record.source().lineEnd(), "the range still ends with the running text");
  }

  @Test
  void anAnswerSplitIntoInitiativesKeepsOnlyTheTextNoneOfThemTook() {
    Record parent = question(VASTMANLAND, "3.4");
    assertEquals("Region Västmanland har under året haft särskilt fokus på områden som"
        + " internationalisering, digitalisering, smart specialisering, etablering och investering,"
        + " samt att öka regionens attraktionskraft.", parent.text());
    assertTrue(parent.flags().contains("split_into_initiatives"));
    assertFalse(parent.placeholder());
    long initiatives = VASTMANLAND.stream().filter(r -> r.docType().equals(DocType.INITIATIVE)
        && r.source().lineStart() > parent.source().lineStart()
        && r.source().lineEnd() <= parent.source().lineEnd()).count();
    assertEquals(5, initiatives);
  }

  @Test
  void readsTheTickedBoxOfEveryPartAndPlaceholders() {
    Record orebro = question(OREBRO, "5.1");
    assertNull(orebro.answer(), "Ja, Ja, Nej (Interreg), Ej aktuellt (FRO): no single answer");
    assertEquals(List.of(
        new PartAnswer("den regionala utvecklingsstrategin?", "Ja"),
        new PartAnswer("nationellt och regionala program för Europeiska regionala utvecklingsfonden?", "Ja"),
        new PartAnswer("program för Europeiskt territoriellt samarbete (Interreg)?", "Nej"),
        new PartAnswer("i förekommande fall omställningsplanen för Fonden för en rättvis omställning?",
            "Ej aktuellt")), orebro.answers());
    assertTrue(orebro.flags().contains("answers_differ_by_part"));
    assertTrue(orebro.text().startsWith("Svar: Ja."));
    assertTrue(orebro.text().contains("\nSvar: Nej.\n"), orebro.text());
    assertTrue(orebro.text().contains("\nSvar: Ej aktuellt.\n"), orebro.text());
    Record vastmanland = question(VASTMANLAND, "5.1");
    assertNull(vastmanland.answer(), "the parts differ");
    assertEquals(List.of(
        new PartAnswer("den regionala utvecklingsstrategin?", "Ja"), // "Ja" beside "Nej U]"
        new PartAnswer("nationellt och regionala program för Europeiska regionala utvecklingsfonden?", "Ja"),
        // "Jad": the tick read as a letter glued to its label (003 has 2023's same text as "Ja.")
        new PartAnswer("program för Europeiskt territoriellt samarbete (Interreg)?", "Ja"),
        // "Ja", "Nej [", "Ej aktuellt" and nothing written under it: a yes would say how
        new PartAnswer("i förekommande fall omställningsplanen för Fonden för en rättvis omställning?",
            "Ej aktuellt")), vastmanland.answers());
    assertEquals(List.of(), question(OREBRO, "5.2").answers(), "one answer, no parts");
    assertFalse(vastmanland.text().contains("Jaa"), vastmanland.text());
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
