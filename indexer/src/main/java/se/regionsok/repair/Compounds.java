package se.regionsok.repair;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Evidence from the clean text for readings the dictionary alone cannot decide. A compound
 * the dictionary lacks is a word when its head is a dictionary word and its first part a clean
 * word or the start of one ("klimat|rådet", "mälardals|rådet" beside "Mälardalen"); and where
 * several readings remain, the one whose restored diacritics the clean text shows around them
 * wins: a longer shared start with a clean word ("mälar|banan" beside "Mälardalen", not "målar")
 * or a clean word as its head ("yrkes|råd").
 */
final class Compounds {
  private static final int MIN_HEAD = 3;
  /** A part is the twin of a word this many times more common with the same skeleton. */
  private static final int TWIN_RATIO = 10;
  private static final int MIN_PART = 3;
  /** A first part that is only the start of a clean word must be this long. */
  private static final int MIN_START = 5;
  /** Clean compounds that must end in a head before another reading of it is believed. */
  private static final int MIN_HEAD_USES = 2;

  private final CleanVocabulary vocabulary;
  private final Predicate<String> dictionary;
  private final NavigableSet<String> words;
  private final Map<String, Long> endings = new HashMap<>();

  Compounds(CleanVocabulary vocabulary, Predicate<String> dictionary) {
    this.vocabulary = vocabulary;
    this.dictionary = dictionary;
    this.words = new TreeSet<>(vocabulary.words());
  }

  /**
   * Whether the word restores a diacritic and is a dictionary head after a first part the clean
   * text knows, neither of them the diacritic-free twin of a far more common word ("for|ändrar",
   * "affärs|stod" are no readings: "för", "stöd").
   */
  boolean isCompound(String word) {
    if (word.chars().noneMatch(c -> "åäö".indexOf(c) >= 0)) {
      return false;
    }
    for (int k = MIN_PART; k <= word.length() - MIN_HEAD; k++) {
      String head = word.substring(k);
      String part = word.substring(0, k);
      if (dictionary.test(head) && isFirstPart(part) && !isTwin(head) && !isTwin(part)) {
        return true;
      }
    }
    return false;
  }

  private boolean isTwin(String word) {
    int count = Math.max(1, vocabulary.count(word));
    return vocabulary.withSkeleton(CleanVocabulary.skeleton(word)).stream()
        .anyMatch(other -> vocabulary.count(other) >= TWIN_RATIO * count);
  }

  /**
   * A clean word, maybe with a linking s; the start of a clean word before a linking s
   * ("mälardal|s|rådet" beside "Mälardalen"); or the start of a clean word where that word goes on
   * with a consonant, as at a compound's seam ("mälar|dalen"), not inside a syllable
   * ("näringslivsfr|ågor").
   */
  private boolean isFirstPart(String part) {
    String stem = part.substring(0, part.length() - 1);
    if (vocabulary.count(part) > 0 || part.endsWith("s") && vocabulary.count(stem) > 0) {
      return true;
    }
    return part.length() >= MIN_START && startsACleanWordAtASeam(part)
        || part.endsWith("s") && stem.length() >= MIN_START && startsACleanWord(stem);
  }

  private boolean startsACleanWord(String start) {
    String next = words.higher(start);
    return next != null && next.startsWith(start);
  }

  private boolean startsACleanWordAtASeam(String start) {
    for (String word : words.tailSet(start, false)) {
      if (!word.startsWith(start)) {
        return false;
      }
      if ("aeiouyåäöé".indexOf(word.charAt(start.length())) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reading the clean text supports best, or empty when two are supported alike; a lone
   * dictionary word needs no support, a lone compound does.
   */
  Optional<String> bestSupported(List<String> readings) {
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    if (readings.size() == 1 && dictionary.test(readings.get(0))) {
      return Optional.of(readings.get(0));
    }
    String best = null;
    int bestSupport = -1;
    boolean tie = false;
    for (String reading : readings) {
      int support = support(reading);
      if (support > bestSupport) {
        best = reading;
        bestSupport = support;
        tie = false;
      } else if (support == bestSupport) {
        tie = true;
      }
    }
    return tie || bestSupport <= 0 ? Optional.empty() : Optional.of(best);
  }

  /**
   * How many letters around the word's diacritics the clean text confirms: its longest start
   * shared with a clean word plus its longest ending that is a clean word, when these two reach
   * over every diacritic ("mälardal|s|rådet"); 0 when a diacritic stands outside both.
   */
  int support(String word) {
    int start = sharedStart(word);
    int head = 0;
    for (int k = 0; k <= word.length() - MIN_HEAD && head == 0; k++) {
      if (vocabulary.count(word.substring(k)) > 0) {
        head = word.length() - k;
      }
    }
    for (int i = 0; i < word.length(); i++) {
      if ("åäöé".indexOf(word.charAt(i)) >= 0 && i >= start && i < word.length() - head) {
        return 0;
      }
    }
    return start + head;
  }

  /**
   * The compound with the head the clean text uses after the same seam, where the OCR lost the
   * head's diacritic and left another word: clean words end in "sråd" (kompetensråd, branschråd),
   * none in "srad", so "yrkesrad" is "yrkesråd"; "klimatrad" is "klimatråd" beside "tråd".
   */
  Optional<String> withCleanHead(String word) {
    for (int k = MIN_PART; k <= word.length() - MIN_HEAD; k++) {
      String head = word.substring(k);
      String seam = word.substring(k - 1, k);
      for (String twin : vocabulary.withSkeleton(CleanVocabulary.skeleton(head))) {
        if (!twin.equals(head) && endingCount(seam + twin) >= MIN_HEAD_USES
            && endingCount(seam + head) == 0 && isFirstPart(word.substring(0, k))) {
          return Optional.of(word.substring(0, k) + twin);
        }
      }
    }
    return Optional.empty();
  }

  private long endingCount(String ending) {
    return endings.computeIfAbsent(ending,
        e -> vocabulary.words().stream().filter(w -> w.endsWith(e) && !w.equals(e)).count());
  }

  /**
   * Whether a compound reading beats a dictionary word: the clean text supports it more and
   * confirms a longer start ("mälar|banan" beside "Mälardalen" over "Målarbanan"), so that a
   * compound of parts does not beat an inflection the clean text starts alike ("avstämningar",
   * not "avstämning|går").
   */
  boolean outweighs(String compound, String word) {
    return support(compound) > support(word) && sharedStart(compound) > sharedStart(word);
  }

  private int sharedStart(String word) {
    int best = 0;
    for (String neighbour : new String[] {words.floor(word), words.ceiling(word)}) {
      if (neighbour != null) {
        int n = 0;
        while (n < word.length() && n < neighbour.length() && word.charAt(n) == neighbour.charAt(n)) {
          n++;
        }
        best = Math.max(best, n);
      }
    }
    return best;
  }
}
