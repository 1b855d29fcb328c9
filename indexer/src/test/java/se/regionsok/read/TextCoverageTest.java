package se.regionsok.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.regionsok.TestCorpus;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.record.Record;

/**
 * No reader drops text silently: every line of every corpus document that bears a word ends up
 * in a record of its document (title, text or goal), or is form text listed in
 * dropped-on-purpose.txt. A line counts as kept when its letters, in order, stand in a record's
 * letters, so joined lines, undone hyphenation and removed footnote markers do not matter.
 */
class TextCoverageTest {
  private static final List<DocumentReader> READERS = List.of(new TableAppendixReader(),
      new Report2022Reader(), new Report2024Reader(), new ProjectDecisionReader(),
      new GenericReader());
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2}");
  private static final Pattern OCR_BULLET = Pattern.compile("^\\s*(e|o|¢|«|•|-)\\s+(?=\\p{Lu})");

  @Test
  void everyWordBearingLineIsInARecordOrDroppedOnPurpose() throws IOException {
    List<Pattern> dropped = droppedOnPurpose();
    Set<Pattern> used = new HashSet<>();
    Map<String, Integer> droppedPerDocument = new TreeMap<>();
    List<String> lost = new ArrayList<>();
    for (CorpusDocument document : TestCorpus.documents()) {
      CorpusDocument repaired = TestCorpus.repair().repair(document);
      String records = String.join("\u0000", read(repaired).stream()
          .map(r -> letters(r.title() + " " + r.text() + " " + r.goalText())).toList());
      int droppedHere = 0;
      for (int n = 1; n <= repaired.lines().size(); n++) {
        for (String cell : repaired.line(n).split("\t")) {
          String text = TAG.matcher(cell.replace("&amp;", "&")).replaceAll(" ").strip();
          if (!WORD.matcher(text).find() || records.contains(letters(text))) {
            continue;
          }
          Pattern reason = dropped.stream().filter(p -> p.matcher(text).matches()).findFirst()
              .orElse(null);
          if (reason == null) {
            lost.add(document.fileName() + ":" + n + ": " + text);
          } else {
            used.add(reason);
            droppedHere++;
          }
        }
      }
      droppedPerDocument.put(document.fileName().substring(0, 3), droppedHere);
    }
    assertEquals(List.of(), lost, "lines in no record");
    assertEquals(List.of(), dropped.stream().filter(p -> !used.contains(p)).toList(),
        "entries of dropped-on-purpose.txt that match nothing");
    assertEquals(Map.of("000", 220, "001", 26, "002", 4, "003", 44, "004", 26),
        droppedPerDocument);
  }

  private static List<Record> read(CorpusDocument document) {
    return READERS.stream().filter(r -> r.kind().equals(document.entry().kind())).findFirst()
        .orElseThrow().read(document);
  }

  private static String letters(String text) {
    String unbulleted = OCR_BULLET.matcher(text).replaceFirst("").replace("HYPERLINK", "");
    return NOT_A_LETTER.matcher(unbulleted.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static List<Pattern> droppedOnPurpose() throws IOException {
    try (InputStream in = TextCoverageTest.class.getResourceAsStream("dropped-on-purpose.txt")) {
      assertTrue(in != null, "dropped-on-purpose.txt");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(Pattern::compile).toList();
    }
  }
}
