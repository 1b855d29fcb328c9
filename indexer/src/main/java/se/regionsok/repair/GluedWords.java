package se.regionsok.repair;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Two words the export ran together ("Beskrivinom" in five question headings of 000): a token
 * no reading explains that is a dictionary word followed by one of the commonest words of the
 * clean text ("inom", "för", "och"). Only so: a common first part ("samverkan|plattform",
 * "region|ledda") or a rarer second one is a compound the dictionary does not know.
 */
final class GluedWords {
  /** How often the second part must occur in the clean text. */
  private static final int COMMON = 100;
  private static final int MIN_PART = 3;
  private static final Pattern LETTERS = Pattern.compile("\\p{Ll}+");

  private final CleanVocabulary vocabulary;
  private final Predicate<String> dictionary;

  GluedWords(CleanVocabulary vocabulary, Predicate<String> dictionary) {
    this.vocabulary = vocabulary;
    this.dictionary = dictionary;
  }

  /** "beskriv inom" for "beskrivinom"; empty when no single split fits. */
  Optional<String> split(String token) {
    if (!LETTERS.matcher(token).matches()) {
      return Optional.empty();
    }
    String found = null;
    for (int k = MIN_PART; k <= token.length() - MIN_PART; k++) {
      String first = token.substring(0, k);
      String second = token.substring(k);
      if (dictionary.test(first) && dictionary.test(second)
          && vocabulary.count(second) >= COMMON) {
        if (found != null) {
          return Optional.empty();
        }
        found = first + " " + second;
      }
    }
    return Optional.ofNullable(found);
  }
}
