package se.regionsok.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SwedishDictionaryTest {
  private final SwedishDictionary dictionary = SwedishDictionary.get();

  @Test
  void acceptsInflectedSwedishWords() {
    for (String word : new String[] {"för", "utveckling", "kompetensförsörjningen", "hållbara",
        "vätgas", "regionala", "Örebro"}) {
      assertTrue(dictionary.isWord(word), word);
    }
  }

  @Test
  void rejectsOcrDamage() {
    for (String word : new String[] {"fér", "6kad", "uppf6ljning", "dven", "stirka"}) {
      assertFalse(dictionary.isWord(word), word);
    }
  }

  @Test
  void listsBaseWordsForCompoundSplitting() {
    assertTrue(dictionary.baseWords().contains("vätgas"));
    assertTrue(dictionary.baseWords().contains("infrastruktur"));
    assertTrue(dictionary.baseWords().size() > 100_000);
  }
}
