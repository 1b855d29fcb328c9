package se.regionsok.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.regionsok.record.DocType;
import se.regionsok.record.Outcomes;
import se.regionsok.record.Record;
import se.regionsok.record.Source;

/** Parts and outcome assessment on sentences as the reports write them. */
class OutcomeEnricherTest {
  private static final Enricher PIPELINE = record -> new OutcomeEnricher().enrich(new PartsEnricher().enrich(record));

  private static Record row(String effects) {
    String text = "Insatsen\nPrestationer: Två seminarier har genomförts.\nEffekter: " + effects + "\nMål: RUS mål 3";
    return PIPELINE.enrich(Record.of("t-1", "Kalmar", 2023, DocType.INITIATIVE, List.of(), "Insatsen", text,
        new Source("t.txt", 1, 1)));
  }

  private static String status(String effects) {
    return row(effects).outcomes().status();
  }

  @Test
  void splitsTheLabelledParts() {
    Record r = row("Ökad kunskap hos företagen.");
    assertEquals("Två seminarier har genomförts.", r.outputs());
    assertEquals("Ökad kunskap hos företagen.", r.effects());
  }

  @Test
  void aReportAnswerToTheEffectsQuestionIsItsEffectsPart() {
    Record answer = PIPELINE.enrich(Record.of("t-2", "Örebro", 2024, DocType.REPORT_ANSWER, List.of(),
        "Om möjligt, beskriv vilka effekter ni har uppnått under året", "Samverkan har ökat.",
        new Source("t.txt", 1, 1)));
    assertEquals("Samverkan har ökat.", answer.effects());
    assertNull(answer.outputs());
    assertEquals(Outcomes.ACHIEVED, answer.outcomes().status());
  }

  @Test
  void tenseDecidesAchievedOrExpected() {
    assertEquals(Outcomes.ACHIEVED, status("Insatsen har resulterat i en gemensam struktur för validering."));
    assertEquals(Outcomes.ACHIEVED, status("Ökad kunskap om cirkulär ekonomi hos små och medelstora företag."));
    assertEquals(Outcomes.EXPECTED, status("Resultaten förväntas leda till nya arbetstillfällen."));
    assertEquals(Outcomes.EXPECTED, status("Deltagande företag kommer att stärka sin konkurrenskraft."));
    assertEquals(Outcomes.EXPECTED, status("Analysen genomförs under våren 2024."));
    assertEquals(Outcomes.PARTLY, status("Samverkan har ökat.\nFörväntade effekter på lång sikt: Fler etableringar."));
  }

  @Test
  void tooEarlyAndNegation() {
    assertEquals(Outcomes.TOO_EARLY, status("För tidigt att beskriva effekter ännu."));
    assertEquals(Outcomes.TOO_EARLY, status("Inga synliga effekter kan utläsas ännu."));
    assertEquals(Outcomes.TOO_EARLY, status("Svårt att se effekter på insatser samma år som insatserna genomförs."));
    assertEquals(Outcomes.NOT_REPORTED, status("Inga effekter har uppnåtts under året, enligt egen bedömning."));
    assertEquals(Outcomes.NOT_REPORTED, status("Ej aktuellt 2024."));
    assertEquals(Outcomes.NOT_REPORTED, status("Resultatet baseras på egen bedömning."));
  }

  @Test
  void evidenceIsTheDecidingSentence() {
    Outcomes o = row("Resultatet baseras på egen bedömning.\nFöretagen har fått tillgång till kompetens.").outcomes();
    assertEquals(List.of("Företagen har fått tillgång till kompetens."), o.evidence());
  }

  @Test
  void figuresWithTheirUnitsAndWords() {
    Outcomes o = row("Kurserna hade 120 deltagare, varav 70 kvinnor och 50 män. Konsultcheckar har beviljats till "
        + "52 företag och 14 nya arbetstillfällen har skapats. Sammanlagt 1 537 062 kr och 29,7 miljoner kronor i stöd. "
        + "88% av företagen upplever en ökad mognadsgrad. Antalet företag har vuxit från 5 till 24.").outcomes();
    assertEquals(java.util.Set.of("120 deltagare", "70 kvinnor", "50 män", "52 företag", "14 arbetstillfällen",
        "1537062 kr", "29700000 kr", "88 %", "24 företag"), keys(o));
    assertEquals(9, o.figures().size());
    assertTrue(o.figures().stream().anyMatch(f -> f.text().equals("från 5 till 24")));
  }

  @Test
  void approximateCountsAndSentencesAfterAParenthesis() {
    Outcomes o = row("Kunskapsspridning. (Resultatet baseras på utvärdering.) 16 befintliga exportföretag ökade sin "
        + "export. Ett 60-tal företag har fått fördjupad kontakt med forskningen.").outcomes();
    assertEquals(java.util.Set.of("16 företag", "60 företag"), keys(o));
  }

  @Test
  void yearsDatesPhoneNumbersSectionsAndProjectIdsAreNotFigures() {
    Outcomes o = row("Projektet 20361505 har under 2023 genomfört aktiviteter enligt avsnitt 3.4, "
        + "den 14 april 2023 och 2015–2020, tel. 070-123 45 67. Besöksnäringen har ökat från 2015 till 2020.").outcomes();
    assertEquals(Outcomes.ACHIEVED, o.status());
    assertTrue(o.figures().isEmpty(), o.figures().toString());
  }

  @Test
  void expectedResultsGiveNoFigures() {
    Outcomes o = row("Minst 30% av deltagarna ska vara kvinnor.").outcomes();
    assertEquals(Outcomes.EXPECTED, o.status());
    assertTrue(o.figures().isEmpty());
  }

  @Test
  void evaluationUnlessDenied() {
    assertTrue(row("Enligt extern utvärdering har 85 % fått ökad kunskap.").outcomes().evaluated());
    assertTrue(row("Samverkan har ökat enligt mål och indikatorer i överenskommelsen.").outcomes().evaluated());
    assertFalse(row("Samverkan har ökat. Ingen utvärdering har gjorts.").outcomes().evaluated());
    assertFalse(row("Samverkan har ökat enligt egen uppföljning.").outcomes().evaluated());
  }

  private static java.util.Set<String> keys(Outcomes o) {
    return o.figures().stream().map(f -> OutcomeSample.key(f.value(), f.unit())).collect(java.util.stream.Collectors.toSet());
  }
}
