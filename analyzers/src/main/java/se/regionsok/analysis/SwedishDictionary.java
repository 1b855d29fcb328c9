package se.regionsok.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The hunspell sv_SE dictionary ("Den stora svenska ordlistan", shipped in LanguageTool's
 * language-sv artifact): spell checks inflected Swedish words and lists the dictionary's base
 * words. Loaded once per JVM; thread-safe.
 */
public final class SwedishDictionary {
  private static final String BASE = "/org/languagetool/resource/sv/hunspell/sv_SE";
  private static volatile SwedishDictionary instance;

  private final Hunspell hunspell;
  private final Set<String> baseWords;

  private SwedishDictionary(Dictionary dictionary, Set<String> baseWords) {
    this.hunspell = new Hunspell(dictionary);
    this.baseWords = Set.copyOf(baseWords);
  }

  public static SwedishDictionary get() {
    SwedishDictionary local = instance;
    if (local == null) {
      synchronized (SwedishDictionary.class) {
        local = instance;
        if (local == null) {
          instance = local = load();
        }
      }
    }
    return local;
  }

  /** True when the word (any case) is a correctly spelt Swedish word form. */
  public boolean isWord(String word) {
    if (word.isEmpty()) {
      return false;
    }
    return hunspell.spell(word) || hunspell.spell(word.toLowerCase(Locale.ROOT));
  }

  /** The dictionary's base words (lemmas, lower-cased), without their affix rules. */
  public Set<String> baseWords() {
    return baseWords;
  }

  private static SwedishDictionary load() {
    try (InputStream aff = resource(BASE + ".aff"); InputStream dic = resource(BASE + ".dic")) {
      Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic);
      return new SwedishDictionary(dictionary, readBaseWords());
    } catch (IOException | java.text.ParseException e) {
      throw new IllegalStateException("cannot load the sv_SE hunspell dictionary", e);
    }
  }

  private static Set<String> readBaseWords() throws IOException {
    Set<String> words = new HashSet<>(200_000);
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(resource(BASE + ".dic"), StandardCharsets.UTF_8))) {
      reader.readLine(); // the first line holds the entry count
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int slash = line.indexOf('/');
        String word = (slash < 0 ? line : line.substring(0, slash)).trim();
        if (word.length() > 1 && word.chars().allMatch(Character::isLetter)) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  private static InputStream resource(String path) {
    InputStream in = SwedishDictionary.class.getResourceAsStream(path);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + path));
    }
    return in;
  }
}
