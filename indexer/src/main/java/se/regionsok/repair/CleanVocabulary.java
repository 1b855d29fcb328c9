package se.regionsok.repair;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word and word-pair frequencies of clean Swedish text (the Tabellbilaga, corpus notes §1.4), and
 * its words indexed by their diacritic-free skeleton so that "forsorjning" finds "försörjning".
 * Neighbours in the pair counts are skeletons too, because the OCR'd neighbours lack diacritics.
 */
public final class CleanVocabulary {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Integer> pairs = new HashMap<>();
  private final Map<String, Set<String>> bySkeleton = new HashMap<>();

  private CleanVocabulary() {}

  public static CleanVocabulary of(List<String> lines) {
    CleanVocabulary vocabulary = new CleanVocabulary();
    for (String line : lines) {
      Matcher m = WORD.matcher(Addresses.PATTERN.matcher(TAG.matcher(line).replaceAll(" ")).replaceAll(" "));
      String previous = null;
      while (m.find()) {
        String word = m.group().toLowerCase(Locale.ROOT);
        vocabulary.add(previous, word);
        previous = word;
      }
    }
    return vocabulary;
  }

  private void add(String previous, String word) {
    counts.merge(word, 1, Integer::sum);
    bySkeleton.computeIfAbsent(skeleton(word), k -> new HashSet<>()).add(word);
    if (previous != null) {
      pairs.merge(skeleton(previous) + " " + word, 1, Integer::sum);
      pairs.merge(previous + "|" + skeleton(word), 1, Integer::sum);
    }
  }

  /** How often the lower-cased word occurs. */
  public int count(String word) {
    return counts.getOrDefault(word, 0);
  }

  /** How often {@code word} follows a word with skeleton {@code previousSkeleton}. */
  public int after(String previousSkeleton, String word) {
    return pairs.getOrDefault(previousSkeleton + " " + word, 0);
  }

  /** How often a word with skeleton {@code nextSkeleton} follows {@code word}. */
  public int before(String word, String nextSkeleton) {
    return pairs.getOrDefault(word + "|" + nextSkeleton, 0);
  }

  /** The words whose skeleton is {@code skeleton}. */
  public Set<String> withSkeleton(String skeleton) {
    return bySkeleton.getOrDefault(skeleton, Set.of());
  }

  /** Every word of the clean text, lower-cased. */
  public Set<String> words() {
    return counts.keySet();
  }

  public int size() {
    return counts.size();
  }

  /** Lower case without diacritics: å, ä → a; ö → o; é → e. */
  public static String skeleton(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(switch (c) {
        case 'å', 'ä' -> 'a';
        case 'ö' -> 'o';
        case 'é' -> 'e';
        default -> c;
      });
    }
    return out.toString();
  }
}
