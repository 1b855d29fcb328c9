package se.regionsok.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.regionsok.analysis.TopicVocabulary;
import se.regionsok.build.StandardPipeline;
import se.regionsok.record.Record;
import se.regionsok.record.Topic;

class TopicEnricherTest {
  private static final TopicEnricher TOPICS = new TopicEnricher();

  private static List<String> paths(Record r) {
    return TOPICS.enrich(r).topics().stream().map(Topic::path).toList();
  }

  private static Record row(String title, String text) {
    return Record.of("t", "Uppsala", 2023, "initiative", List.of(), title, title + " " + text, null);
  }

  @Test
  void compoundsAndTheEnglishWordCountForHydrogen() {
    Record macken = row("Laddstation och vätgasmack", "En vätgasmacken öppnade i kommunen.");
    Topic hydrogen = TOPICS.enrich(macken).topics().stream()
        .filter(t -> t.path().equals("Energi/Vätgas")).findFirst().orElseThrow();
    assertEquals("Vätgas", hydrogen.topic());
    assertTrue(hydrogen.evidence().contains("vätgasmack") || hydrogen.evidence().contains("vätgas"), hydrogen.toString());
    assertTrue(paths(row("Mid Sweden Hydrogen Valley", "Konferens om hydrogen för industrin.")).contains("Energi/Vätgas"));
  }

  @Test
  void lostDiacriticsStillMatch() {
    assertTrue(paths(row("Regional struktur for validering", "Valideringen av yrkeskunnande i lanet.")).contains(
        "Kompetensförsörjning/Validering"));
  }

  @Test
  void aPassingMentionInALongTextDoesNotTag() {
    String filler = "Regionen har arbetat med att stärka samarbetet mellan kommunerna och andra aktörer. ".repeat(40);
    Record longAnswer = Record.of("t", "Uppsala", 2023, "report-answer", List.of(),
        "Beskriv det viktigaste arbetet", filler + " Ett exempel är vätgas. " + filler, null);
    assertFalse(paths(longAnswer).contains("Energi/Vätgas"), paths(longAnswer).toString());
  }

  /** Innovationsklivet (l.356) names a hydrogen process among eight outputs: a passing mention. */
  @Test
  void theRealHydrogenInitiativesAreTaggedAndOthersNot() throws IOException {
    Set<String> tagged = StandardPipeline.loader().load(Path.of("..", "corpus")).records().stream()
        .filter(r -> r.topics().stream().anyMatch(t -> t.path().equals("Energi/Vätgas")))
        .map(Record::id).collect(Collectors.toSet());
    assertEquals(Set.of("tabellbilaga-2023-847", "tabellbilaga-2023-856", "tabellbilaga-2023-859",
        "tabellbilaga-2023-913", "tabellbilaga-2023-914"), tagged);
  }

  @Test
  void everyVocabularyEntryHasAnAreaATopicAndTerms() {
    List<TopicVocabulary.Entry> entries = TopicVocabulary.standard().entries();
    assertTrue(entries.size() >= 60 && entries.size() <= 120, "topics: " + entries.size());
    for (TopicVocabulary.Entry e : entries) {
      assertEquals(2, e.path().split("/").length, e.path());
      assertFalse(e.terms().isEmpty(), e.path());
    }
    assertEquals(entries.size(), entries.stream().map(TopicVocabulary.Entry::path).distinct().count());
  }
}
