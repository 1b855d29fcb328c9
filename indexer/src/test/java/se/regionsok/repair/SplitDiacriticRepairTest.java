package se.regionsok.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.regionsok.TestCorpus;
import se.regionsok.analysis.SwedishDictionary;
import se.regionsok.corpus.CorpusDocument;

class SplitDiacriticRepairTest {
  private final SplitDiacriticRepair repair = new SplitDiacriticRepair();

  @Test
  void repairsASentenceOf001ToCleanSwedish() {
    CorpusDocument document = TestCorpus.document("001");
    List<String> lines = repair.repair(document.lines().subList(5, 7)).lines();
    assertEquals("Analys, samverkan och finansiering är centrala strategiska verktyg i Region Örebro ",
        lines.get(0));
    assertEquals("läns (RÖL) arbete med att möta samhällsutmaningar och främja regional utveckling. ",
        lines.get(1));
  }

  @Test
  void repairsNamesCapitalOAndAcuteE() {
    assertEquals(List.of("Örebro län (RÖL)", "Om ja, beskriv varför", "BRO och Open Data",
        "idéburna organisationer och affärsidéer"), repair.repair(List.of(
        "ÖÄ rebro laän (RÖÄ L)", "Öm ja, beskriv varfoä r", "BRÖ och Öpen Data",
        "ideéburna organisationer och affaä rsideéer")).lines());
  }

  @Test
  void leavesNoSplitPairIn001AndKeepsItsLineCount() {
    CorpusDocument document = TestCorpus.document("001");
    RepairResult result = repair.repair(document.lines());
    assertEquals(document.lines().size(), result.lines().size());
    for (String line : result.lines()) {
      for (String pair : List.of("oä ", "aä", "aå", "ÖÄ", "AÄ", "AÅ", "eé")) {
        assertFalse(line.contains(pair), pair + " left in: " + line);
      }
    }
    assertTrue(result.tokensChanged() > 2000, "changed " + result.tokensChanged());
  }

  @Test
  void repairedWordsAreSwedishWords() {
    SwedishDictionary dictionary = SwedishDictionary.get();
    CorpusDocument document = TestCorpus.document("001");
    Pattern word = Pattern.compile("\\p{L}*[åäöÅÄÖ]\\p{L}*");
    int words = 0;
    int unknown = 0;
    for (String line : repair.repair(document.lines()).lines()) {
      Matcher m = word.matcher(line);
      while (m.find()) {
        if (m.group().chars().filter(Character::isUpperCase).count() > 1) {
          continue; // acronyms such as RÖL, ÖMS
        }
        words++;
        unknown += dictionary.isWord(m.group()) ? 0 : 1;
      }
    }
    assertTrue(unknown < words / 100, unknown + " of " + words + " repaired words unknown");
  }

  @Test
  void detectsOnlyTheSplitDocument() {
    assertTrue(SplitDiacriticRepair.detects(TestCorpus.document("001").lines()));
    assertFalse(SplitDiacriticRepair.detects(TestCorpus.document("003").lines()));
    assertFalse(SplitDiacriticRepair.detects(TestCorpus.document("004").lines()));
  }
}
