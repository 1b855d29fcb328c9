package se.regionsok.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.regionsok.TestCorpus;
import se.regionsok.analysis.SwedishDictionary;

class OcrRepairTest {
  private static final OcrRepair REPAIR = new OcrRepair(
      CleanVocabulary.of(TestCorpus.document("003").lines()), SwedishDictionary.get());

  private static String repaired(String line) {
    return REPAIR.repair(List.of(line)).lines().get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "vilket ger 6kad tillgang | vilket ger ökad tillgång",
      "en god uppf6ljning av projekten | en god uppföljning av projekten",
      "arbetet fér regionen | arbetet för regionen",
      "i Region Orebro l4n finns | i Region Örebro län finns",
      "Region Orebro lin samverkar | Region Örebro län samverkar",
      "vi har dven tagit fram | vi har även tagit fram",
      "syftet ar att stirka samverkan | syftet är att stärka samverkan",
      "god och jamlik hélsa | god och jämlik hälsa",
      "pa kort, medelldng och lang sikt | på kort, medellång och lång sikt",
      "Region Orebro ldn dr medlemmar | Region Örebro län är medlemmar",
      "for att nd malen | för att nå målen",
      "ett forum p4 politisk niva | ett forum på politisk nivå",
      "[ samverkansradet ingar | I samverkansrådet ingår",
      "inom Al Hélsa och Al-arbetet | inom AI Hälsa och AI-arbetet",
      "har resulterat 1 foljande nulage | har resulterat i följande nuläge",
      "under aret har vi | under året har vi",
      "stod till foretag | stöd till företag",
      // pairs read for one letter: o6, dé for ö; ii, éi and (inside a word) da for ä
      "Plan för uppfo6ljning av arbetet | Plan för uppföljning av arbetet",
      "ökar sin lo6nsamhet | ökar sin lönsamhet",
      "regional cykelplan, genomfdérande | regional cykelplan, genomförande",
      "till olika niitverk | till olika nätverk",
      "Resultatet anvéinds | Resultatet används",
      "om i tillrdackligt hög grad | om i tillräckligt hög grad",
      "få ökad kdannedom om | få ökad kännedom om",
      "tre fokusomraden dar arbetsgrupper | tre fokusområden där arbetsgrupper",
  })
  void correctsKnownOcrConfusions(String read, String expected) {
    assertEquals(expected, repaired(read));
  }

  /** Issue 19: repairs that gave real but wrong words, and damage the repair used to leave. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "har lett till ett yrkesrdd | har lett till ett yrkesråd",
      "i Energi- och klimatr&d och klimatrdd | i Energi- och klimatråd och klimatråd",
      "ett kulturrdd och klimatradet | ett kulturråd och klimatrådet",
      "inom Malardalsradet och Trygghetsraddet | inom Mälardalsrådet och Trygghetsrådet",
      "Fyra branschmdten holls | Fyra branschmöten hölls",
      "flera projektméten och plattformsméten | flera projektmöten och plattformsmöten",
      "langs Malarbanan och i Malarregionen | längs Mälarbanan och i Mälarregionen",
      "ett innovationsstdd och tjdnstemannastdd | ett innovationsstöd och tjänstemannastöd",
      "Vi har under tva ar skapat | Vi har under två år skapat",
      "Varje ar tas uppfoljningar fram | Varje år tas uppföljningar fram",
      "ton per ar jamfort | ton per år jämfört",
      "har genomforts i Laxa kommun | har genomförts i Laxå kommun",
      "och hér har det skett | och här har det skett",
      "med bédde interna och externa | med både interna och externa",
      "finns nu tillganglig pad hemsidan | finns nu tillgänglig på hemsidan",
      "besokare och géster | besökare och gäster",
      "tillsammans med huvudménnen | tillsammans med huvudmännen",
      "projektledarskap, rddgiva om finansiering | projektledarskap, rådgiva om finansiering",
      "inom genomfoérandet av | inom genomförandet av",
      "Om moijligt, beskriv | Om möjligt, beskriv",
      "Kompetensforsoérjning och RUS delmadl 14 | Kompetensförsörjning och RUS delmål 14",
      "en okad tillgadng och osédkerhet | en ökad tillgång och osäkerhet",
      "3.1.1 Beskrivinom vilka omraden | 3.1.1 Beskriv inom vilka områden",
      "for att mdota samhaéllet | för att möta samhället",
      "i yrkesrad och samverkansrad | i yrkesråd och samverkansråd",
      "inom Maélardalsradet och foretagsstdod | inom Mälardalsrådet och företagsstöd",
  })
  void weighsContextCompoundsAndPlaces(String read, String expected) {
    assertEquals(expected, repaired(read));
  }

  /**
   * Issue 19, second pass: real words and names the previous repair turned into others, found by
   * diffing repaired against original text, each with the reading it should have.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "arbetsgivare som Alstom, Stadler och Luccini | arbetsgivare som Alstom, Stadler och Luccini",
      "projekt som ShiftLabs och AI Sweden Mittnoden | projekt som ShiftLabs och AI Sweden Mittnoden",
      "Örebro stadsmission, Ridda Barnen, Röda Korset | Örebro stadsmission, Rädda Barnen, Röda Korset",
      "samt okad vardskuld vilket | samt ökad vårdskuld vilket",
      "vilket gynnar vardorganisationen | vilket gynnar vårdorganisationen",
      "Beskriv d&ven eventuella utmaningar | Beskriv även eventuella utmaningar",
      "Kartlaggningen ska fardigstillas i början | Kartläggningen ska färdigställas i början",
      "3.5 Om majligt, beskriv | 3.5 Om möjligt, beskriv",
      "Vi dandrade stédreglerna för att | Vi dandrade stödreglerna för att",
      "fordelades stodden med 28% | fördelades stöden med 28%",
      "kopplat till AI. Sjosittning av | kopplat till AI. Sjösättning av",
      "Regionen medfinansierar Vinnvix satsningen | Regionen medfinansierar Vinnväxt satsningen",
      "Fortsattning efter Vinnvax planeras | Fortsättning efter Vinnväxt planeras",
  })
  void knownWrongRepairsOfTheLastPass(String read, String expected) {
    assertEquals(expected, repaired(read));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "projektet Digi+ som syftar till",
      "https://regionvastmanland.se/utveckling/projektoversikt/dg-reform/",
      "kontakta info@regionvastmanland.se idag",
      "hallbart turistresande - Tillvaxtverket (tillvaxtverket.se)",
      "Ange vilket eller vilka",
      "vad som ska vara med",
      "i en samverkanplattform och regionledda projekt",
  })
  void leavesAddressesProductNamesAndRealWordsAlone(String line) {
    String result = repaired(line);
    for (String token : line.split("[\\s()]+")) {
      if (token.contains(".") || token.contains("+") || token.matches("Ange|vara|samverkanplattform|regionledda")) {
        assertTrue(result.contains(token), token + " changed in: " + result);
      }
    }
  }

  @Test
  void neverReadsAConfusionAsAPlainVowel() {
    assertEquals("och stöd till", repaired("och stdd till"));
    assertEquals("Regionen &ar", repaired("Regionen &ar"), "no \"åar\": & stands for one å/ä");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "minskade CO2-utslapp och S3 arbetet",
      "projektet Wa3rm och AM4Life i 4K",
      "en idé och nya idéer",
      "Tyréns arkitektkontor",
      "Christer Alzén",
      "Under 2022 och 220428 med anslag 1:1",
      "Beskriv hur ni har arbetat",
      "GREATER4H och N1 och RUS och OMS",
  })
  void leavesRealTokensAlone(String line) {
    String result = repaired(line);
    for (String token : line.split("[\\s-]+")) {
      if (!token.matches("(?i)utslapp|arbetet|och|projektet|en|nya|i|med|anslag|hur|har|arbetat|under|arkitektkontor")) {
        assertTrue(result.contains(token), token + " changed in: " + result);
      }
    }
  }

  @Test
  void keepsTheLineCountAndRepairsEveryOcrDocument() {
    for (String prefix : List.of("000", "002", "004")) {
      List<String> lines = TestCorpus.document(prefix).lines();
      RepairResult result = REPAIR.repair(lines);
      assertEquals(lines.size(), result.lines().size());
      assertTrue(result.tokensChanged() > lines.size() / 3, prefix + ": " + result.tokensChanged());
    }
  }
}
