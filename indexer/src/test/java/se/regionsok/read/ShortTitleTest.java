package se.regionsok.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.regionsok.TestCorpus;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;

/** The short list titles of the bundled reports' answers, as the readers make them. */
class ShortTitleTest {
  private static final List<Record> RECORDS = Stream.of(
          new Report2022Reader().read(TestCorpus.repaired("000")),
          new Report2024Reader().read(TestCorpus.repaired("001")),
          new ProjectDecisionReader().read(TestCorpus.repaired("002")),
          new TableAppendixReader().read(TestCorpus.repaired("003")),
          new Report2024Reader().read(TestCorpus.repaired("004")))
      .flatMap(List::stream).toList();
  private static final Map<String, Record> BY_ID =
      RECORDS.stream().collect(Collectors.toMap(Record::id, Function.identity()));
  private static final List<Record> ANSWERS = RECORDS.stream()
      .filter(r -> r.docType().equals(DocType.REPORT_ANSWER) || r.docType().equals(DocType.GRANT_ANSWER))
      .toList();

  @Test
  void answersOfThe2022TemplateAreTitledByLabelAndLead() {
    assertEquals("1.1.1 Strategiskt viktigaste arbetet med RUS — Den nya uppdaterade RUS:en antogs av regionfullmäktige…",
        shortTitle("orebro-2022-8"));
    assertEquals("3.1.2 Samverkan med länsstyrelsen: bedömning — Samverkan fungerar väl och det finns upparbetade…",
        shortTitle("orebro-2022-2250"), "the form's 'Beskriv gärna även …' left in the answer is no lead");
    assertEquals("4.2 Plan för analys och uppföljning — Ja", shortTitle("orebro-2022-2474"));
    assertEquals("1.2.1.4 Exempel på insatser", shortTitle("orebro-2022-172"), "its text went to its initiatives");
    assertEquals("5 Övriga medskick — En stor utmaning i uppföljning av regionalt…", shortTitle("orebro-2022-2666"));
  }

  @Test
  void answersOfThe2024TemplateAreTitledByLabelAndLead() {
    assertEquals("4.1 Strategiskt viktigaste arbetet — Strategiskt arbete inom tillgänglighet genom Transportsystemet",
        shortTitle("vastmanland-2024-629"), "the answer's own heading");
    assertEquals("4.4 Prestationer under året — Transportsystemet", shortTitle("vastmanland-2024-783"),
        "the heading 'Prestationer - Transportsystemet' repeats the label before its dash");
    assertEquals("5.1 Anslagets bidrag till RUS och program — Region Örebro län (RÖL) tar fram riktlinjer…",
        shortTitle("orebro-2024-811"), "its parts answer Ja, Ja, Nej and Ej aktuellt: the first box is not the answer");
    assertEquals("3.5 Effekter under året — Ej aktuellt 2024", shortTitle("orebro-2024-635"));
    assertEquals("Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.",
        BY_ID.get("orebro-2024-2").title(), "the title stays the whole question");
  }

  @Test
  void grantAnswersOfTheTableAppendixAreTitledByLabelAndLead() {
    assertEquals("8.1 Fördelning av anslaget — Utifrån erfarenhet och bedömning har Blekinge valt…",
        shortTitle("tabellbilaga-2023-974"));
    assertEquals("8.5 Anslagets bidrag till Interreg — Nej. Gotland tillhör Interreg-programmet Central Baltic",
        shortTitle("tabellbilaga-2023-1168"));
    assertEquals("8.5 Anslagets bidrag till Interreg — Nej. Ej aktuellt 2023", shortTitle("tabellbilaga-2023-1300"));
  }

  @Test
  void everyAnswerHasAShortTitleAndNothingElseDoes() {
    assertEquals(231, ANSWERS.size());
    assertEquals(List.of(), ANSWERS.stream().filter(r -> r.shortTitle() == null).map(Record::id).toList());
    assertEquals(List.of(), RECORDS.stream().filter(r -> !ANSWERS.contains(r) && r.shortTitle() != null)
        .map(Record::id).toList(), "initiative names and section headings are short already");
  }

  /** Issue 18: lists read as repetitions while answers are listed under their question. */
  @Test
  void answersNoLongerShareAListTitle() {
    assertEquals(65, distinct(ANSWERS, Record::title), "the questions: 231 answers under 65 titles");
    assertEquals(42, sharingWithinRegionAndYear(Record::title));
    assertEquals(231, distinct(ANSWERS, Record::shortTitle));
    assertEquals(0, sharingWithinRegionAndYear(Record::shortTitle));
  }

  private static String shortTitle(String id) {
    return BY_ID.get(id).shortTitle();
  }

  private static long distinct(Collection<Record> records, Function<Record, String> title) {
    return records.stream().map(title).distinct().count();
  }

  /** Answers whose list title another answer of the same region and year has too. */
  private static long sharingWithinRegionAndYear(Function<Record, String> title) {
    return ANSWERS.stream().collect(Collectors.groupingBy(r -> r.region() + " " + r.year() + " " + title.apply(r),
            Collectors.counting()))
        .values().stream().filter(n -> n > 1).mapToLong(Long::longValue).sum();
  }
}
