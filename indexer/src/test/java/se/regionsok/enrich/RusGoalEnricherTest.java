package se.regionsok.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;
import se.regionsok.record.Source;

class RusGoalEnricherTest {
  private static final RusGoalEnricher ENRICHER = new RusGoalEnricher();
  private static final Map<Integer, Record> ROWS = CorpusRows.initiatives().stream()
      .collect(Collectors.toMap(CorpusRows::line, r -> r));

  /** One row per region format of corpus-notes §3.3, by its line in 003. */
  static Stream<Arguments> sampleRows() {
    return Stream.of(
        Arguments.of(37, List.of("Minskad miljö- och klimatpåverkan", "Stärkt konkurrenskraft i näringslivet",
            "Ett växande näringsliv med fler arbetstillfällen")),
        Arguments.of(540, List.of("Ett konkurrenskraftigt Dalarna", "Ett klimatsmart Dalarna", "Ett sammanhållet Dalarna")),
        Arguments.of(193, List.of("Gävleborg har god matchning mellan utbud och efterfrågan på arbetskraft")),
        Arguments.of(561, List.of("En hållbar och attraktiv region mitt i ett växande Sydvästsverige",
            "God tillgänglighet till arbete, studier och samhällsservice")),
        Arguments.of(220, List.of("Förbättrad matchning – fler i arbete", "Balanserad tillväxt – fler arbetstillfällen")),
        Arguments.of(770, List.of("Hög livskvalitet i attraktiva livsmiljöer", "Flexibel och väl fungerande kompetensförsörjning",
            "Smarta hållbara innovationer och entreprenörskap")),
        Arguments.of(104, List.of("En tillgänglig region med god livsmiljö",
            "En resurseffektiv och resilient region utan klimatpåverkande utsläpp")),
        Arguments.of(134, List.of("2030 är Västernorrland platsen som människor väljer för att leva och besöka", "RUS mål 3")),
        Arguments.of(476, List.of("Ett nyskapande Västmanland", "Öka andelen sysselsatta", "Öka antalet exporterande företag")),
        Arguments.of(153, List.of("Hög och jämlik livskvalitet", "Goda uppväxtvillkor", "God och jämlik folkhälsa",
            "Goda försörjningsmöjligheter", "Ökad grad av delaktighet och inflytande")),
        Arguments.of(320, List.of("Goda livsvillkor", "Ett inkluderande Östergötland",
            "Bygga kunskap och kompetens genom livslångt lärande", "Skapa förnyelseförmåga och konkurrenskraft")));
  }

  @ParameterizedTest
  @MethodSource("sampleRows")
  void goalLabelsOfSampleRows(int line, List<String> expected) {
    assertEquals(expected, ENRICHER.enrich(ROWS.get(line)).rusGoals());
  }

  @Test
  void otherFrameworksNumbersAreNotRusGoals() {
    // Västernorrland l.927: RUS goal 3, while "ERUF: Mål 1.1" is the ERUF's.
    assertEquals(List.of("RUS mål 3"), ENRICHER.enrich(ROWS.get(927)).rusGoals());
  }

  @Test
  void reportProseIsReadWhenThereIsNoGoalText() {
    // 004-style OCR prose without å/ä/ö; the number list names two numbered delmål.
    Record answer = Record.of("004-1", "Västmanland", 2024, DocType.REPORT_ANSWER, List.of(), "3.4",
        "Insatsen bidrar till RUS. Mal: RUS delmal 14, 15 och ett nyskapande Vastmanland.", new Source("004", 1, 1));
    assertEquals(List.of("Öka den regionala ekonomiska förnyelseförmågan", "Öka antalet exporterande företag",
        "Ett nyskapande Västmanland"), ENRICHER.enrich(answer).rusGoals());
  }

  @Test
  void aRangeOfNumberedGoalsNamesEveryGoalInIt() {
    Record answer = Record.of("004-2", "Västmanland", 2024, DocType.REPORT_ANSWER, List.of(), "5.1",
        "Projekten bidrar till RUS delmål 13–16.", new Source("004", 1, 1));
    assertEquals(List.of("Öka produktionen av fossilfri och förnybar energi",
        "Öka den regionala ekonomiska förnyelseförmågan", "Öka antalet exporterande företag",
        "Förbättrat företagsklimat"), ENRICHER.enrich(answer).rusGoals());
    Record gotland = Record.of("003-1", "Gotland", 2023, DocType.GRANT_ANSWER, List.of(), "8.3",
        "Projekten bidrar till effektmål 5-8 i Vårt Gotland 2040.", new Source("003", 1, 1));
    assertEquals(List.of("Ett klimatneutralt Gotland", "Ett energisystem baserat på förnybar energi",
        "Hållbara kretslopp"), ENRICHER.enrich(gotland).rusGoals(), "7 has no name in the vocabulary");
  }

  @Test
  void aShortGoalPhraseInProseCountsOnlyWhereItIsStatedAsAGoal() {
    Record said = Record.of("001-1", "Örebro", 2024, DocType.REPORT_ANSWER, List.of(), "5.2",
        "Kraven är att stöden ska ge en ökad konkurrenskraft.", new Source("001", 1, 1));
    assertEquals(List.of(), ENRICHER.enrich(said).rusGoals());
    Record stated = Record.of("001-2", "Örebro", 2024, DocType.REPORT_ANSWER, List.of(), "5.2",
        "Stöden bidrar till effektmålet ökad konkurrenskraft.", new Source("001", 1, 1));
    assertEquals(List.of("Ökad konkurrenskraft"), ENRICHER.enrich(stated).rusGoals());
  }

  @Test
  void projectDelmalOfOrebroAreNotRusGoals() {
    Record section = Record.of("002-1", "Örebro", 2023, DocType.PROJECT_SECTION, List.of(), "Mål",
        "Delmal 1: Stark samverkan. Delmal 2: 14 aktiviteter genomforda.", new Source("002", 1, 1));
    assertEquals(List.of(), ENRICHER.enrich(section).rusGoals());
  }

  @Test
  void labelsAreCleaned() {
    assertEquals("Ett sammanhållet Dalarna", GoalLabels.clean(" ”ett sammanhållet Dalarna”. "));
    assertEquals(List.of("Goda uppväxtvillkor"), GoalLabels.distinct(List.of("Goda uppväxtvillkor", "goda uppvaxtvillkor.")));
  }
}
