package se.regionsok.repair;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.regionsok.TestCorpus;
import se.regionsok.analysis.SwedishDictionary;

/**
 * The out-of-vocabulary rate of each OCR'd document after repair: the share of its word tokens
 * that neither the hunspell dictionary nor the clean text knows, or that still hold an OCR mark
 * ("6kad", "branschr&d"). Acronyms, codes, numbers and addresses are no words and not counted.
 * Run by hand (not a *Test): {@code mvn -o -pl indexer -am verify -Dtest=OcrDamageSurvey
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints the rate and the commonest damaged tokens.
 */
class OcrDamageSurvey {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}&{\\[]+");
  private static final Pattern OCR_MARK = Pattern.compile("[\\p{N}&{\\[]");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  @Test
  void outOfVocabularyRatePerDocument() {
    SwedishDictionary dictionary = SwedishDictionary.get();
    CleanVocabulary clean = CleanVocabulary.of(TestCorpus.document("003").lines());
    for (String prefix : List.of("000", "002", "004")) {
      int words = 0;
      Map<String, Integer> damaged = new TreeMap<>();
      for (String line : TestCorpus.repaired(prefix).lines()) {
        Matcher m = TOKEN.matcher(Addresses.PATTERN.matcher(line).replaceAll(" "));
        while (m.find()) {
          String token = m.group();
          if (!isWord(token)) {
            continue;
          }
          words++;
          String lower = token.toLowerCase(Locale.ROOT);
          boolean known = !OCR_MARK.matcher(lower).find()
              && (clean.count(lower) > 0 || dictionary.isWord(lower));
          if (!known) {
            damaged.merge(token, 1, Integer::sum);
          }
        }
      }
      int oov = damaged.values().stream().mapToInt(Integer::intValue).sum();
      System.out.printf("%s: %d of %d word tokens out of vocabulary (%.2f %%)%n", prefix, oov, words,
          100.0 * oov / words);
      System.out.println("  " + damaged.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(80)
          .map(e -> e.getKey() + (e.getValue() > 1 ? "×" + e.getValue() : ""))
          .collect(Collectors.joining(" ")));
    }
  }

  /** A word: two or more characters with a letter, no capital after the first (OMS, AM4Life), not a code (CO2). */
  private static boolean isWord(String token) {
    if (token.length() < 2 || !LETTER.matcher(token).find()) {
      return false;
    }
    for (int i = 1; i < token.length(); i++) {
      if (Character.isUpperCase(token.charAt(i))) {
        return false;
      }
    }
    return token.chars().anyMatch(Character::isLowerCase);
  }
}
