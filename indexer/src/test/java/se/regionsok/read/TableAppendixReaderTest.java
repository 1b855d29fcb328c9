package se.regionsok.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;
import se.regionsok.record.Regions;

/** Pins the Tabellbilaga 2023 as read from the real file; counts were checked with python. */
class TableAppendixReaderTest {
  private static final Path FILE = Path.of("../corpus/documents/003_6ff1fea56741f8c8.txt");
  private static final ManifestEntry ENTRY = new ManifestEntry("tabellbilaga-2023",
      "documents/003_6ff1fea56741f8c8.txt", "Tabellbilaga – Regionalt utvecklingsarbete 2023 (Rapport 0480)",
      null, 2023, DocumentKind.TABLE_APPENDIX, "Tillväxtverket", null);
  private static final List<PolicyArea> INITIATIVE_AREAS = List.of(PolicyArea.values()).subList(0, 7);

  private static List<Record> records;
  private static Map<String, Record> byId;

  @BeforeAll
  static void read() throws IOException {
    records = new TableAppendixReader().read(document(Files.readAllLines(FILE)));
    byId = records.stream().collect(Collectors.toMap(Record::id, Function.identity()));
  }

  private static CorpusDocument document(List<String> lines) {
    return new CorpusDocument(ENTRY, lines);
  }

  private static List<Record> initiatives(PolicyArea area) {
    return records.stream().filter(r -> r.area().equals(List.of(area.label()))).toList();
  }

  private static Record grantAnswer(String region, String questionNumber) {
    return records.stream()
        .filter(r -> r.region().equals(region) && questionNumber.equals(r.questionNumber()))
        .findFirst().orElseThrow();
  }

  @Test
  void takesTheTableAppendixKind() {
    assertEquals(DocumentKind.TABLE_APPENDIX, new TableAppendixReader().kind());
  }

  @Test
  void recordsPerSection() {
    Map<String, Long> perArea = records.stream()
        .collect(Collectors.groupingBy(r -> r.area().getFirst(), LinkedHashMap::new, Collectors.counting()));
    Map<String, Long> expected = new LinkedHashMap<>();
    long[] counts = {81, 89, 94, 85, 50, 46, 88, 126};
    for (int i = 0; i < counts.length; i++) {
      expected.put(PolicyArea.values()[i].label(), counts[i]);
    }
    assertEquals(expected, perArea);
    assertEquals(533, records.stream().filter(r -> r.docType().equals(DocType.INITIATIVE)).count());
    assertEquals(126, records.stream().filter(r -> r.docType().equals(DocType.GRANT_ANSWER)).count());
    assertEquals(659, records.size());
  }

  @Test
  void regionBySectionCounts() {
    // corpus notes §1.4, except Blekinge s1: 6 rows there include the repeated l.34
    Map<String, List<Integer>> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("Blekinge", List.of(5, 5, 3, 5, 2, 5, 1)),
        Map.entry("Dalarna", List.of(2, 4, 3, 4, 4, 2, 4)),
        Map.entry("Gotland", List.of(4, 5, 5, 5, 2, 2, 5)),
        Map.entry("Gävleborg", List.of(5, 5, 5, 5, 3, 1, 5)),
        Map.entry("Halland", List.of(4, 3, 5, 3, 1, 1, 5)),
        Map.entry("Jämtland Härjedalen", List.of(2, 3, 5, 5, 1, 1, 5)),
        Map.entry("Jönköping", List.of(4, 4, 5, 3, 4, 1, 4)),
        Map.entry("Kalmar", List.of(2, 2, 4, 1, 1, 2, 3)),
        Map.entry("Kronoberg", List.of(3, 4, 5, 3, 3, 2, 5)),
        Map.entry("Norrbotten", List.of(5, 5, 3, 4, 3, 2, 3)),
        Map.entry("Skåne", List.of(6, 5, 4, 5, 1, 2, 5)),
        Map.entry("Stockholm", List.of(5, 5, 4, 3, 3, 2, 5)),
        Map.entry("Sörmland", List.of(2, 4, 5, 5, 1, 5, 4)),
        Map.entry("Uppsala", List.of(4, 5, 5, 5, 4, 5, 5)),
        Map.entry("Värmland", List.of(2, 5, 3, 5, 5, 1, 4)),
        Map.entry("Västerbotten", List.of(5, 4, 5, 5, 3, 2, 2)),
        Map.entry("Västernorrland", List.of(5, 4, 5, 3, 2, 4, 6)),
        Map.entry("Västmanland", List.of(3, 4, 5, 5, 1, 1, 3)),
        Map.entry("Västra Götaland", List.of(5, 5, 5, 4, 3, 3, 4)),
        Map.entry("Örebro", List.of(5, 5, 5, 3, 1, 1, 5)),
        Map.entry("Östergötland", List.of(3, 3, 5, 4, 2, 1, 5))));
    Map<String, List<Integer>> actual = new TreeMap<>();
    for (String region : Regions.CANONICAL) {
      List<Integer> perSection = new ArrayList<>();
      for (PolicyArea area : INITIATIVE_AREAS) {
        perSection.add((int) initiatives(area).stream().filter(r -> r.region().equals(region)).count());
      }
      actual.put(region, perSection);
    }
    assertEquals(expected, actual);
  }

  @Test
  void everyRegionAppearsInEveryInitiativeSectionAndInTheGrantSection() {
    for (PolicyArea area : INITIATIVE_AREAS) {
      assertEquals(Set.copyOf(Regions.CANONICAL),
          initiatives(area).stream().map(Record::region).collect(Collectors.toSet()), area.label());
    }
    for (String region : Regions.CANONICAL) {
      assertEquals(List.of("8.1", "8.2", "8.3", "8.4", "8.5", "8.6"), records.stream()
          .filter(r -> r.docType().equals(DocType.GRANT_ANSWER) && r.region().equals(region))
          .map(Record::questionNumber).toList(), region);
    }
  }

  @Test
  void placeholderRows() {
    List<String> expected = List.of(677, 686, 699, 732, 762, 777, 793, 795, 804, 810, 811, 816, 925)
        .stream().map(line -> "tabellbilaga-2023-" + line).toList();
    assertEquals(expected, records.stream().filter(Record::placeholder).map(Record::id).toList());
    // l.285 "Se tabell 6 för detaljer." still states a goal, so it is an initiative
    assertFalse(byId.get("tabellbilaga-2023-285").placeholder());
  }

  @Test
  void regionsWithOnlyPlaceholdersInAreasFiveToSeven() {
    Map<PolicyArea, Set<String>> expected = Map.of(
        PolicyArea.JAMSTALLDHET, Set.of("Jämtland Härjedalen", "Kalmar", "Örebro"),
        PolicyArea.INTEGRATION, Set.of("Jämtland Härjedalen", "Värmland", "Västmanland", "Örebro", "Östergötland"),
        PolicyArea.MILJO_KLIMAT, Set.of("Blekinge"));
    for (var e : expected.entrySet()) {
      Set<String> onlyPlaceholders = new HashSet<>(Regions.CANONICAL);
      initiatives(e.getKey()).stream().filter(r -> !r.placeholder()).map(Record::region)
          .forEach(onlyPlaceholders::remove);
      assertEquals(e.getValue(), onlyPlaceholders, e.getKey().label());
    }
  }

  @Test
  void idsAreUniqueAndStable() throws IOException {
    assertEquals(records.size(), byId.size());
    List<Record> again = new TableAppendixReader().read(document(Files.readAllLines(FILE)));
    assertEquals(records.stream().map(Record::id).toList(), again.stream().map(Record::id).toList());
    records.forEach(r -> assertEquals("tabellbilaga-2023-" + r.source().lineStart(), r.id()));
  }

  @Test
  void noTwoRecordsRepeatTheSameText() {
    Map<List<String>, List<String>> idsByRegionAndText = new LinkedHashMap<>();
    records.forEach(r -> idsByRegionAndText
        .computeIfAbsent(List.of(r.region(), r.text()), k -> new ArrayList<>()).add(r.id()));
    // The same placeholder sentence stands for a region in two policy areas; nothing else repeats.
    List<List<String>> repeats = idsByRegionAndText.values().stream().filter(ids -> ids.size() > 1).toList();
    assertEquals(List.of(
        List.of("tabellbilaga-2023-677", "tabellbilaga-2023-762"),
        List.of("tabellbilaga-2023-732", "tabellbilaga-2023-810")), repeats);
    repeats.stream().flatMap(List::stream).forEach(id -> assertTrue(byId.get(id).placeholder()));
    assertEquals(records.size(),
        records.stream().map(r -> List.of(r.region(), r.area().getFirst(), r.text())).distinct().count());
  }

  @Test
  void theRepeatedBlekingeRowIsDroppedOnce() {
    assertTrue(byId.containsKey("tabellbilaga-2023-31"));
    assertFalse(byId.containsKey("tabellbilaga-2023-34"));
    assertEquals(1, records.stream()
        .filter(r -> r.title().equals("Insatser inom politikområdet Gestaltad livsmiljö")).count());
  }

  @Test
  void kraftkommissionInitiative() {
    Record r = byId.get("tabellbilaga-2023-37");
    assertEquals("Kraftkommission Blekinge", r.title());
    assertEquals("Blekinge", r.region());
    assertEquals(List.of(PolicyArea.LIKVARDIGA_MOJLIGHETER.label()), r.area());
    assertEquals(DocType.INITIATIVE, r.docType());
    assertEquals(2023, r.year());
    assertEquals("003_6ff1fea56741f8c8.txt", r.source().document());
    assertTrue(r.text().startsWith("Kraftkommission Blekinge – ett samarbetsinitiativ för att:\n"
        + "snabba på etablering av ny fossilfri elproduktion i Blekinge\n"), r.text());
  }

  @Test
  void titlesFromNameCells() {
    Map<Integer, String> expected = Map.of(
        768, "Strategisk överenskommelse inom mottagande, etablering och integration i arbets- och samhällslivet (SÖK)",
        100, "Regionala stadskärnor",                      // first <p>
        78, "Strukturbild Kalmar län, Region Kalmar län",  // name and description split by two spaces
        211, "Kompetensbarometern",                        // "Kompetensbarometern: En bild av …"
        62, "Workshops och forum",                         // "… Region Halland har hållit …"
        754, "Projektfinansiering: Ökad Handelskraft",     // first sentence
        926, "Bothnia Green Energy",                       // "… som syftar till …"
        866, "EFFEKT");                                    // "EFFEKT -"
    expected.forEach((line, title) -> assertEquals(title, byId.get("tabellbilaga-2023-" + line).title()));
    records.stream().filter(r -> r.docType().equals(DocType.INITIATIVE)).forEach(r -> {
      assertFalse(r.title().isBlank(), r.id());
      assertTrue(r.title().length() <= InitiativeTitle.MAX_LENGTH, r.id() + " " + r.title());
    });
  }

  @Test
  void continuationRowsAreMergedIntoTheRowAbove() {
    Map<Integer, Integer> expected = Map.of(115, 118, 320, 323, 490, 493, 737, 740);
    expected.forEach((start, end) -> {
      Record r = byId.get("tabellbilaga-2023-" + start);
      assertEquals(end, r.source().lineEnd(), r.id());
      assertTrue(r.flags().contains("continuation_merged"), r.id());
      assertFalse(byId.containsKey("tabellbilaga-2023-" + end));
    });
    // the row broke mid-sentence: "… I de uppdrag, styrdokument" ⏎ "och indikatorer som följs upp …"
    assertTrue(byId.get("tabellbilaga-2023-737").text()
        .contains("I de uppdrag, styrdokument och indikatorer som följs upp"));
    assertTrue(byId.get("tabellbilaga-2023-115").text().contains("\nCeMeWE - Central Baltic Mentoring"));
  }

  @Test
  void misspelledRegionsAreMapped() {
    assertEquals("Norrbotten", byId.get("tabellbilaga-2023-89").region());  // "Norrboten"
    assertEquals("Norrbotten", byId.get("tabellbilaga-2023-414").region()); // "Norrbottn"
    assertEquals("Dalarna", byId.get("tabellbilaga-2023-754").region());     // "<p>Dalarna</p>"
  }

  @Test
  void headerTextIsStrippedFromBlekingeGoals() {
    for (int line : List.of(29, 661)) {
      Record r = byId.get("tabellbilaga-2023-" + line);
      assertFalse(r.goalText().contains("Vilket eller vilka mål"), r.goalText());
      assertFalse(r.text().contains("Vilket eller vilka mål"));
      assertTrue(r.flags().contains("header_text_in_cell"));
    }
    assertTrue(byId.get("tabellbilaga-2023-29").goalText()
        .startsWith("Mål i RUS: Stärkt attraktivitet särskilt för unga.\n"));
  }

  @Test
  void textAndGoalFields() {
    Record r = byId.get("tabellbilaga-2023-41");
    assertTrue(r.text().startsWith(r.title()));
    assertTrue(r.text().contains("\nPrestationer: "));
    assertTrue(r.text().contains("\nMål: " + r.goalText()));
    Record placeholder = byId.get("tabellbilaga-2023-677");
    assertEquals("Regionen redovisar inga insatser i tabellform.", placeholder.text());
    assertNull(placeholder.goalText());
    assertEquals(12, records.stream()
        .filter(x -> x.docType().equals(DocType.INITIATIVE) && x.goalText() == null).count());
  }

  @Test
  void goalsCopyingTheNameAreFlagged() {
    assertEquals(List.of("tabellbilaga-2023-805", "tabellbilaga-2023-807", "tabellbilaga-2023-808"),
        records.stream().filter(r -> r.flags().contains("mal_equals_namn")).map(Record::id).toList());
  }

  @Test
  void gotlandKeepsItsProjectListWithTheRegionalfondenAnswer() {
    Record q4 = grantAnswer("Gotland", "8.4");
    assertEquals(1004, q4.source().lineStart());
    assertEquals(1166, q4.source().lineEnd());
    assertEquals("Ja", q4.answer());
    assertTrue(q4.text().contains("\nMolekyl (Nyps-id 20 361 338)\n"));
    assertTrue(q4.text().contains("\nExportmoget Gotland (Nyps id 20 315 642)\n"));
    // "Region Kronoberg" inside the list (a project partner) does not start a region block
    assertTrue(q4.text().contains("Övriga partners:\nRegion Jönköpings län\nRegion Kronoberg\nRegion Gotland\n"));
    assertEquals(1168, grantAnswer("Gotland", "8.5").source().lineStart());
  }

  @Test
  void grantAnswers() {
    Record q5 = grantAnswer("Gävleborg", "8.5");
    assertEquals("Nej", q5.answer());
    assertEquals("Beskrivning av hur anslaget har bidragit till att nå målen i Interreg-program.", q5.title());
    assertEquals("Nej.\nDet har inte tagits några beslut om medfinansiering till Interreg under året.", q5.text());
    assertEquals(List.of(PolicyArea.ANSLAG_1_1.label()), q5.area());
    assertEquals(DocType.GRANT_ANSWER, q5.docType());
    // Stockholm says "Ja." and then that the grant was not used for Interreg: kept as written
    assertEquals("Ja", grantAnswer("Stockholm", "8.5").answer());
    assertNull(grantAnswer("Västra Götaland", "8.3").answer());
    assertNull(grantAnswer("Västerbotten", "8.5").answer());
    assertNull(grantAnswer("Blekinge", "8.1").answer());

    Map<String, Map<String, Long>> tally = new TreeMap<>();
    records.stream().filter(r -> r.docType().equals(DocType.GRANT_ANSWER)).forEach(r -> tally
        .computeIfAbsent(r.questionNumber(), k -> new TreeMap<>())
        .merge(r.answer() == null ? "-" : r.answer(), 1L, Long::sum));
    assertEquals(Map.of("-", 21L), tally.get("8.1"));
    assertEquals(Map.of("Ja", 20L, "-", 1L), tally.get("8.3"));
    assertEquals(Map.of("Ja", 19L, "-", 2L), tally.get("8.4"));
    assertEquals(Map.of("Ja", 12L, "Nej", 8L, "-", 1L), tally.get("8.5"));
  }

  @Test
  void grantAnswerContinuationLinesAreMerged() {
    assertEquals(1001, grantAnswer("Gotland", "8.1").source().lineEnd());
    assertTrue(grantAnswer("Gotland", "8.1").text().contains("bidrar till något av Gotlands tre utpekade"));
    assertEquals(1238, grantAnswer("Kronoberg", "8.1").source().lineEnd());
    assertEquals(1370, grantAnswer("Örebro", "8.1").source().lineEnd());
    assertEquals(1373, grantAnswer("Örebro", "8.2").source().lineEnd());
    assertEquals(1379, grantAnswer("Örebro", "8.6").source().lineEnd());
    assertEquals(1395, grantAnswer("Östergötland", "8.3").source().lineEnd());
  }

  @Test
  void frontMatterAndColophonGiveNoRecords() {
    assertTrue(records.stream().allMatch(r -> r.source().lineStart() > 26));
    Record last = records.getLast();
    assertEquals("8.6", last.questionNumber());
    assertEquals("Östergötland", last.region());
    assertFalse(last.text().contains("ISBN"));
    assertFalse(records.stream().anyMatch(r -> r.text().contains("Tillväxtverkets publikationer")));
  }

  @Test
  void htmlIsFullyStripped() {
    for (Record r : records) {
      for (String s : new String[] {r.title(), r.text(), r.goalText() == null ? "" : r.goalText()}) {
        assertFalse(s.matches("(?s).*<[a-zA-Z/].*"), r.id() + ": " + s);
        assertFalse(s.contains("&amp;") || s.contains("•"), r.id());
      }
    }
  }

  @Test
  void unknownRegionFailsLoudly() {
    List<String> lines = minimalAppendix("Atlantis\tNamn\t\t\t");
    MalformedDocumentException e =
        assertThrows(MalformedDocumentException.class, () -> new TableAppendixReader().read(document(lines)));
    assertTrue(e.getMessage().contains("Atlantis"), e.getMessage());
  }

  @Test
  void minimalAppendixIsRead() {
    List<Record> read = new TableAppendixReader().read(document(minimalAppendix("Norrbottn\tNamn\t\t\t")));
    assertEquals(7 + 6, read.size());
    assertEquals("Norrbotten", read.getFirst().region());
  }

  @Test
  void missingSectionFails() {
    List<String> lines = new ArrayList<>(minimalAppendix("Blekinge\tNamn\t\t\t"));
    lines.removeIf(l -> l.startsWith("## 5 "));
    assertThrows(MalformedDocumentException.class, () -> new TableAppendixReader().read(document(lines)));
  }

  /** Sections 1–7 with one given row each, then one region's six grant answers and a colophon. */
  private static List<String> minimalAppendix(String row) {
    List<String> lines = new ArrayList<>(List.of("# Tabellbilaga", ""));
    String[] headings = {"Likvärdiga möjligheter", "Kompetensförsörjning", "Innovation", "Tillgänglighet",
        "Jämställdhet", "Integration", "Miljö och klimat"};
    for (int i = 0; i < headings.length; i++) {
      lines.addAll(List.of("## " + (i + 1) + " " + headings[i], "",
          "Region\tNamn på insats\tprestationer\teffekter\tMål", row, "--\t--\t--\t--\t--", ""));
    }
    lines.addAll(List.of("## 8 Fördelning av anslag 1:1", "", "Region Norrbotten", "",
        "Varför har regionen fördelat anslaget så?\tSvar.",
        "Hur har regionen integrerat ekonomisk hållbarhet?\tSvar.",
        "Bidrag till den regionala utvecklingsstrategin?\tJa.",
        "Bidrag till Regionalfonden?\tJa.",
        "Bidrag till Interreg-program?\tNej.",
        "Hur har territoriella perspektiv beaktats?\tSvar.", "", "Stockholm, 2024-04-16"));
    return lines;
  }
}
