package se.regionsok.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.regionsok.build.StandardPipeline;
import se.regionsok.record.Record;

/**
 * Issue 19's RUS goal misses and the false one, on the records the real pipeline makes of the
 * bundled corpus: each record's exact goal list, in text order.
 */
class RusGoalsOfTheCorpusTest {
  private static final Map<String, Record> RECORDS = StandardPipeline.loader()
      .load(Path.of("..", "corpus")).records().stream()
      .collect(Collectors.toMap(Record::id, Function.identity()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Uppsala's "RUS mål: Bidrar till …" rows (003 l.447-451)
      "tabellbilaga-2023-447 | Genomförande av smart specialisering",
      "tabellbilaga-2023-448 | Genomförande av smart specialisering",
      "tabellbilaga-2023-449 | Genomförande av smart specialisering",
      "tabellbilaga-2023-451 | Fler företag blir internationellt verksamma",
      // 004 "EU för REAL": its goal line was OCR'd "Mal: RUS delmadl 14, 15 och 20."
      "vastmanland-2024-553 | Öka den regionala ekonomiska förnyelseförmågan; Öka antalet exporterande företag;"
          + " God ekonomisk utveckling",
      // 000: "Bidrar till att nå målet om begränsad klimatpåverkan" is Örebro's Minskad klimatpåverkan
      "orebro-2022-1902 | Transporter och infrastruktur; Minskad klimatpåverkan",
      "orebro-2022-1841 | Transporter och infrastruktur; Minskad klimatpåverkan",
      "orebro-2022-1706 | Konsumtion och försörjning; Minskad klimatpåverkan; Ökad tillväxt i näringslivet",
      // Gotland 8.3: "Effektmål 2: … Effektmål 5: … Effektmål 6: … Effektmål 8: …"
      "tabellbilaga-2023-1003 | En trygg och attraktiv livsmiljö med goda uppväxtvillkor; Ett klimatneutralt Gotland;"
          + " Ett energisystem baserat på förnybar energi; Hållbara kretslopp",
      // Gotland 8.4: each project's "Effekt mål Regional utvecklingsstrategi: …"
      "tabellbilaga-2023-1004 | Hållbara kretslopp; God konkurrenskraft och tillväxt i näringslivet;"
          + " Ett energisystem baserat på förnybar energi",
      // Stockholm 8.3: the four goals of RUFS 2050, the fourth written "resiliert"
      "tabellbilaga-2023-1276 | En tillgänglig region med god livsmiljö; En öppen, jämställd, jämlik och inkluderande"
          + " region; En ledande tillväxt- och kunskapsregion; En resurseffektiv och resilient region utan"
          + " klimatpåverkande utsläpp",
      // Östergötland 8.3: "att skapa ett mer digitalt och grönare Östergötland med attraktiva livsmiljöer, …"
      "tabellbilaga-2023-1390 | Skapa förnyelseförmåga och konkurrenskraft; Skapa ett mer digitalt Östergötland;"
          + " Skapa ett grönare Östergötland; Skapa attraktiva livsmiljöer; Bygga kunskap och kompetens genom"
          + " livslångt lärande; Knyt samman Östergötland och ta tillvara det goda läget",
      // 001 §5.2: "stöden ska ge en ökad konkurrenskraft" names no goal
      "orebro-2024-905 | ",
      // prose that does name short goals: after "målet om", after "målområde", beside another goal
      "vastmanland-2024-783 | Ett tillgängligt Västmanland",
      "vastmanland-2024-834 | Ett nyskapande Västmanland; Öka den regionala ekonomiska förnyelseförmågan;"
          + " God ekonomisk utveckling; Öka andelen företag och organisationer som upplever att de har lätt att"
          + " hitta rätt kompetens",
      "orebro-2022-2109 | Stark konkurrenskraft; Hög och jämlik livskvalitet; God resurseffektivitet",
  })
  void goalsOfTheRecord(String id, String goals) {
    List<String> expected = goals == null ? List.of() : List.of(goals.split("; "));
    assertEquals(expected, RECORDS.get(id).rusGoals());
  }
}
