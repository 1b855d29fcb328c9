package se.regionsok.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;

/** Splitting an unknown document at its headings, with the policy area of the heading above. */
class GenericReaderTest {
  private static final ManifestEntry ENTRY = new ManifestEntry("skane-2025", "documents/010_x.txt",
      "Verksamhetsberättelse 2025", "Skåne", 2025, "generic", "Region Skåne", null);

  @Test
  void splitsAtNumberedMarkdownAndTitleHeadings() {
    List<Record> records = new GenericReader().read(new CorpusDocument(ENTRY, List.of(
        "Inledande text om året.",
        "",
        "2. Kompetensförsörjning och kompetensutveckling",
        "2.1 Beskriv arbetet",
        "Yrkesutbildningar har byggts ut.",
        "",
        "Regionala samarbeten",
        "Fler kommuner deltar.",
        "# Bilagor",
        "Tabeller finns i bilagan.")));

    assertEquals(List.of("Verksamhetsberättelse 2025", "2.1 Beskriv arbetet", "Regionala samarbeten", "Bilagor"),
        records.stream().map(Record::title).toList());
    assertEquals(List.of(PolicyArea.OVRIGT.label()), records.get(0).area());
    assertEquals(List.of(PolicyArea.KOMPETENSFORSORJNING.label()), records.get(1).area());
    assertEquals(List.of(PolicyArea.KOMPETENSFORSORJNING.label()), records.get(2).area(), "a title line stays in the area");
    assertEquals("2.1", records.get(1).questionNumber());
    assertEquals("skane-2025-L4", records.get(1).id());
    assertEquals(4, records.get(1).source().lineStart());
    assertEquals(6, records.get(1).source().lineEnd());
    assertEquals("Skåne", records.get(3).region());
  }

  @Test
  void foldedHeadingsStillNameTheirArea() {
    List<Record> records = new GenericReader().read(new CorpusDocument(ENTRY, List.of(
        "6. Analys, uppfoljning och utvardering", "6.1 Beskriv uppföljningen", "Två utvärderingar.")));
    assertEquals(List.of(PolicyArea.ANALYS_UPPFOLJNING.label()), records.get(0).area());
  }

  @Test
  void needsARegion() {
    ManifestEntry noRegion = new ManifestEntry("x", "documents/x.txt", "X", null, 2025, "generic", null, null);
    assertThrows(MalformedDocumentException.class,
        () -> new GenericReader().read(new CorpusDocument(noRegion, List.of("Text"))));
  }
}
