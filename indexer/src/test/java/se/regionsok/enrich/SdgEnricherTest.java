package se.regionsok.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;
import se.regionsok.record.SdgRef;
import se.regionsok.record.Source;
import se.regionsok.record.Tagged;

class SdgEnricherTest {
  private static final ExplicitSdgFinder FINDER = new ExplicitSdgFinder();
  private static final SdgEnricher ENRICHER = new SdgEnricher();

  /** The record as the pipeline hands it to SdgEnricher: its effects part and topics filled. */
  private static Record prepared(Record record) {
    return new TopicEnricher().enrich(new PartsEnricher().enrich(record));
  }

  /** Rows per explicit goal over the Mål cells of 003 s1–7; matches an independent python count. */
  @Test
  void explicitGoalsPerGoalOverTheTable() {
    Map<Integer, Integer> rowsPerGoal = new TreeMap<>();
    int rows = 0;
    for (Record r : CorpusRows.initiatives()) {
      var goals = FINDER.find(r.goalText());
      rows += goals.isEmpty() ? 0 : 1;
      goals.forEach(g -> rowsPerGoal.merge(g, 1, Integer::sum));
    }
    assertEquals(Map.ofEntries(Map.entry(1, 1), Map.entry(2, 2), Map.entry(3, 21), Map.entry(4, 12),
        Map.entry(5, 17), Map.entry(7, 8), Map.entry(8, 21), Map.entry(9, 33), Map.entry(10, 25),
        Map.entry(11, 30), Map.entry(12, 13), Map.entry(13, 21), Map.entry(14, 1), Map.entry(15, 2),
        Map.entry(16, 3), Map.entry(17, 1)), rowsPerGoal);
    // 69 rows give numbers; Uppsala l.701 "Agenda 2030 – minskad ojämlikhet" names goal 10 by name.
    assertEquals(70, rows);
  }

  @Test
  void numberedAndNamedFormats() {
    assertEquals(List.of(3, 7, 11, 13), List.copyOf(FINDER.find(
        "Mål i RUS: Minskad Miljö- och klimatpåverkan Mål i Agenda 2030: 3 God hälsa och välbefinnande "
            + "7 Hållbar energi för alla 11 Hållbara städer och samhällen 13 Bekämpa klimatförändringarna")));
    assertEquals(List.of(3, 8, 11), List.copyOf(FINDER.find(
        "RUFS 2050 Mål 1: En tillgänglig region med god livsmiljö Agenda 2030 Mål 3: god hälsa och "
            + "välbefinnande Mål 8: anständiga arbetsvillkor och ekonomisk tillväxt Mål 11: hållbara städer")));
    assertEquals(List.of(3, 4, 8), List.copyOf(FINDER.find(
        "RUS Vårt Gotland 2040, övergripande mål: Gotland är en nytänkande tillväxtregion Mål i Agenda 2030: "
            + "Nr 3: Hälsa och välbefinnande Nr 4: God utbildning för alla Nr 8: Anständiga arbetsvillkor")));
    assertEquals(List.of(5), List.copyOf(FINDER.find(
        "Agenda 2030-mål 5. Jämställdhet samt inriktning Jämlik och jämställd inkludering")));
    assertEquals(List.of(7, 9), List.copyOf(FINDER.find(
        "Mål i RUS Ett sammanbundet Skåne Mål i Agenda 2023 7 Hållbar energi för alla 9 Hållbar industri")));
    assertEquals(List.of(7), List.copyOf(FINDER.find(
        "Arbetet bidrar till Agenda 2030-målet om hållbar energi för alla. Mål 4 i projektet är nått.")));
  }

  /** "mål N" of other frameworks, taken from 003. */
  @ParameterizedTest
  @ValueSource(strings = {
      "RUFS 2050: Mål 1: En tillgänglig region med god livsmiljö Mål 2: En öppen, jämställd, jämlik och inkluderande region",
      "RUS mål 2 och 3 Interreg Aurora: 3 Education, culture and sustainable tourism",
      "RUS: Ett tillgängligt Västmanland, delmål 13 Öka produktionen av fossilfri och förnybar energi.",
      "Säkra samverkan och strukturer (prioriterat mål 21–24 inom den regionala utvecklingsstrategin).",
      "Insatsen bidrar till ERUF Politiskt mål 1: Ett smartare Europa och Särskilt mål 2 Säkra nyttan av digitalisering",
      "RUS mål 3. ERUF: Mål 2.2 Främja förnybar energi",
      "Program: Nationella regionalfondsprogrammet Insatsområde: REACT-EU Tematiskt mål: Tematiskt mål 13",
      "RUS 3.1 En region för alla AMIF:s Programindikatorer - Specifikt mål 2 Laglig migration och integration.",
      "RUS: Stärkt konkurrenskraft Mål 2030: God tillgång till välutbildad arbetskraft.",
      "Interreg-programmet mål 7 \"Improved Public Services\" och mål 4 har bidragit.",
      "Agenda 2030 är utgångspunkten för fördelningen av anslag 1:1 regionala utvecklingsåtgärder.",
      "Projektets delmål 1: 20 företag deltar. Delmål 2: minst 5 nya samarbeten."})
  void trapsGiveNoExplicitGoal(String trap) {
    assertEquals(List.of(), List.copyOf(FINDER.find(trap)));
  }

  @Test
  void inferredGoalsAreKeptOnceAndExplicitWins() {
    Record r = Record.of("t", "Skåne", 2023, DocType.INITIATIVE, List.of(), "Energi",
            "Solenergi och energieffektivisering i företag för fler arbetstillfällen och sysselsättning. Mål: Mål i Agenda 2030: 7 Hållbar energi för alla",
            new Source("t", 1, 1))
        .withGoalText("Mål i Agenda 2030: 7 Hållbar energi för alla");
    List<SdgRef> sdgs = ENRICHER.enrich(prepared(r)).sdgs();
    assertEquals(1, sdgs.stream().filter(s -> s.goal() == 7).count());
    assertTrue(sdgs.contains(new SdgRef(7, Tagged.EXPLICIT)));
    assertTrue(sdgs.contains(new SdgRef(8, Tagged.INFERRED, List.of("sysselsättning", "arbetstillfällen", "företag"))), sdgs.toString());
  }

  @Test
  void namesCountsNegativeAnswersAndStrategyLabelsAreNoEvidence() {
    Record partners = Record.of("t", "Uppsala", 2023, DocType.INITIATIVE, List.of(), "Vätgas",
        "Samverkansgrupp bildad mellan Uppsala Vatten och Vattenfall med stöd av Energimyndigheten.",
        new Source("t", 1, 1));
    assertTrue(ENRICHER.inferredGoals(prepared(partners), SdgInferenceEvaluation.ANY_TERM).isEmpty(), ENRICHER.inferredGoals(prepared(partners), SdgInferenceEvaluation.ANY_TERM).toString());

    Record counted = Record.of("t", "Västmanland", 2023, DocType.INITIATIVE, List.of(), "Industrilyft",
        "Utbildning för anställda inom industrin. 1 581 deltagare, varav 25 % kvinnor och 75 % män.",
        new Source("t", 1, 1));
    assertEquals(List.of(4, 9), List.copyOf(ENRICHER.inferredGoals(prepared(counted), SdgInferenceEvaluation.ANY_TERM).keySet()));

    Record no = Record.of("t", "Jönköping", 2023, DocType.GRANT_ANSWER, List.of(), "Interreg",
        "Nej. Inga beslut om medfinansiering till Interreg och gränsöverskridande samarbete.", new Source("t", 1, 1))
        .withQuestion("4", "Nej");
    assertTrue(ENRICHER.inferredGoals(prepared(no), SdgInferenceEvaluation.ANY_TERM).isEmpty());

    String label = "Ett jämställt och jämlikt samhälle där människor lever ett gott liv med god hälsa";
    Record rus = Record.of("t", "Sörmland", 2023, DocType.INITIATIVE, List.of(), "Elsmarta",
        "Elkapacitet och energieffektivisering. Mål: RUS mål " + label, new Source("t", 1, 1))
        .withGoalText("RUS mål " + label).withRusGoals(List.of(label));
    assertEquals(List.of(7), List.copyOf(ENRICHER.inferredGoals(prepared(rus), SdgInferenceEvaluation.ANY_TERM).keySet()));
  }

  @Test
  void aTermInsideALongerTermOfTheSameGoalIsNotCountedAgain() {
    Record r = Record.of("t", "Skåne", 2023, DocType.INITIATIVE, List.of(), "Vuxenutbildning",
        "Vuxenutbildning i samverkan med yrkeshögskolan.", new Source("t", 1, 1));
    assertEquals(Map.of(4, List.of("yrkeshögskola", "vuxenutbildning")), ENRICHER.inferredGoals(prepared(r), SdgEnricher.SCORING));
  }

  @Test
  void termsOnlyInTheEffectsCanWeighLess() {
    SdgTermInference.Scoring halfInEffects = new SdgTermInference.Scoring(0.5, 0, 1.5);
    String work = "Nätverk för industriföretag.";
    String effects = "Minskade utsläpp och mindre klimatpåverkan på sikt.";
    Record inEffects = Record.of("t", "Skåne", 2023, DocType.INITIATIVE, List.of(), "Nätverk",
        work + "\nEffekter: " + effects, new Source("t", 1, 1));
    assertEquals(Map.of(), ENRICHER.inferredGoals(prepared(inEffects), halfInEffects));
    assertEquals(Map.of(13, List.of("klimatpåverkan", "utsläpp")),
        ENRICHER.inferredGoals(prepared(inEffects), new SdgTermInference.Scoring(1, 0, 1.5)));
    Record inWork = Record.of("t", "Skåne", 2023, DocType.INITIATIVE, List.of(), "Nätverk",
        effects + "\nEffekter: " + work, new Source("t", 1, 1));
    assertEquals(Map.of(13, List.of("klimatpåverkan", "utsläpp")), ENRICHER.inferredGoals(prepared(inWork), halfInEffects));
  }

  /** Two terms of goal 8 beside six of goal 7: the text is about energy, the firms are who it is for. */
  @Test
  void aGoalWithASmallShareOfTheTextsGoalTermsIsNotInferred() {
    Record r = Record.of("t", "Skåne", 2023, DocType.INITIATIVE, List.of(), "Energi i företag",
        "Solenergi, vindkraft, biogas och energieffektivisering i företag; elektrifiering och vätgas för näringslivet.",
        new Source("t", 1, 1));
    assertEquals(List.of(7, 8), List.copyOf(ENRICHER.inferredGoals(prepared(r), new SdgTermInference.Scoring(1, 0, 1.5)).keySet()));
    assertEquals(List.of(new SdgRef(7, Tagged.INFERRED,
        List.of("energieffektivisering", "solenergi", "vindkraft", "elektrifiering", "vätgas", "biogas"))), ENRICHER.enrich(prepared(r)).sdgs());
  }

  @Test
  void aTopicThatServesTheGoalAddsItsWeightAndItsWords() {
    Record r = Record.of("t", "Norrbotten", 2023, DocType.INITIATIVE, List.of(), "Ny tankstation",
        "Ny tankstation för vätgas och bränsleceller i Luleå.", new Source("t", 1, 1));
    assertEquals(Map.of(), ENRICHER.inferredGoals(prepared(r), new SdgTermInference.Scoring(0.5, 200, 1.5)));
    assertEquals(Map.of(7, List.of("vätgas", "bränslecell")),
        ENRICHER.inferredGoals(prepared(r), new SdgTermInference.Scoring(0.5, 200, 1.5, 0.5, 0, true, false)));
  }

  /** Vätgas in an initiative of the Jämställdhet section: energy is not what that area's work serves. */
  @Test
  void aGoalOutsideTheRecordsPolicyAreaCanBeLeftOut() {
    String text = "Kartläggning av kvinnors företagande inom vätgas och förnybar energi.";
    Record equality = Record.of("t", "Skåne", 2023, DocType.INITIATIVE, List.of(PolicyArea.JAMSTALLDHET.label()), "Kartläggning",
        text, new Source("t", 1, 1));
    Record environment = Record.of("t", "Skåne", 2023, DocType.INITIATIVE, List.of(PolicyArea.MILJO_KLIMAT.label()), "Kartläggning",
        text, new Source("t", 1, 1));
    SdgTermInference.Scoring anyArea = new SdgTermInference.Scoring(1, 0, 1.5, 0, 0, true, false);
    SdgTermInference.Scoring withinArea = new SdgTermInference.Scoring(1, 0, 1.5, 0, 0, true, true);
    assertTrue(ENRICHER.inferredGoals(prepared(equality), anyArea).containsKey(7));
    assertFalse(ENRICHER.inferredGoals(prepared(equality), withinArea).containsKey(7));
    assertTrue(ENRICHER.inferredGoals(prepared(environment), withinArea).containsKey(7));
  }

  @Test
  void answersCanBeLeftOut() {
    Record answer = Record.of("t", "Skåne", 2023, DocType.GRANT_ANSWER, List.of(), "Fråga",
        "Medlen gick till vätgas och elektrifiering.", new Source("t", 1, 1));
    assertEquals(Map.of(7, List.of("elektrifiering", "vätgas")), ENRICHER.inferredGoals(prepared(answer), new SdgTermInference.Scoring(0.5, 200, 1.5)));
    assertEquals(Map.of(), ENRICHER.inferredGoals(prepared(answer), new SdgTermInference.Scoring(0.5, 200, 1.5, 0, 0, false, false)));
    assertEquals(List.of(), ENRICHER.enrich(prepared(answer)).sdgs(), "the calibrated scoring leaves answers out");
  }
}
