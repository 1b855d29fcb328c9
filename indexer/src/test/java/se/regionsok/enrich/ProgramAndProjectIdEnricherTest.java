package se.regionsok.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;
import se.regionsok.record.Source;

class ProgramAndProjectIdEnricherTest {
  private static Record cell(String text) {
    return Record.of("t", "Gotland", 2023, DocType.INITIATIVE, List.of(), "t", text, new Source("t", 1, 1));
  }

  @Test
  void programmesInSampleCells() {
    ProgramEnricher programs = new ProgramEnricher();
    assertEquals(List.of("Regionalfonden (ERUF)", "REACT-EU"), programs.enrich(cell(
        "Program: Nationella regionalfondsprogrammet Insatsområde: REACT-EU Tematiskt mål: Tematiskt mål 13")).programs());
    assertEquals(List.of("Interreg"), programs.enrich(cell("RUS mål 2 och 3 Interreg Aurora: 3 Education")).programs());
    assertEquals(List.of("ESF+"), programs.enrich(cell("ESF+ POD strukturer för kompetensförsörjning")).programs());
    assertEquals(List.of("Fonden för en rättvis omställning (FRO/JTF)"), programs.enrich(cell(
        "Mål i FRO: Minskade CO2-utsläpp på regional och nationell nivå.")).programs());
    assertEquals(List.of("AMIF"), programs.enrich(cell("AMIF:s Programindikatorer - Specifikt mål 2")).programs());
    assertEquals(List.of("Landsbygdsprogrammet/CAP"), programs.enrich(cell("En kommun har sökt ett Leader-projekt.")).programs());
    // S3 is a strategy, not a programme; "Future Place Leadership" is not Leader.
    assertEquals(List.of(), programs.enrich(cell(
        "Bidrar till smart specialisering, i regi av Future Place Leadership.")).programs());
  }

  @Test
  void projectIdFormats() {
    ProjectIdEnricher ids = new ProjectIdEnricher();
    assertEquals(List.of("20363621", "20361787", "20362824"), ids.enrich(cell(
        "(Nyps-id 20 363 621) Ärende-id: 20361787 och förstudien (20362824). Projektid: 2024-01-01 – 2026-11-30"))
        .projectIds());
  }

  /**
   * Distinct project ids in the whole of 003 (s1–7 rows and Gotland's s8 project list): the notes'
   * 45 labelled or parenthesised ones plus 3 of Gotland's list written "Molekyl, 20 361 083".
   */
  @Test
  void projectIdsIn003() {
    String whole = String.join("\n", CorpusRows.lines(CorpusRows.FILE));
    assertEquals(48, new ProjectIdEnricher().enrich(cell(whole)).projectIds().size());
  }
}
