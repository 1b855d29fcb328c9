package se.regionsok.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.analysis.SwedishDictionary;

/**
 * Corrects OCR'd Swedish that lost å/ä/ö and gained digit and letter confusions (corpus notes
 * §1.1, §1.3, §1.5), one token at a time and only when confident: the corrected form must be a
 * word of the clean vocabulary or of the hunspell dictionary, reachable through the known
 * confusions. A token that already is a Swedish word changes only when the clean text shows it
 * is rare there and a diacritic reading is far more common ("for" 7× vs "för" 2 079×).
 * Acronyms and codes with digits (CO2, S3, AM4Life, 4K) and numbers are never touched.
 */
public final class OcrRepair implements LineRepair {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}&{\\[]+");
  private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
  private static final Pattern OCR_MARK = Pattern.compile("[\\p{N}&{\\[]");
  /** Times more frequent a reading must be before a valid word is replaced by it. */
  private static final int OVERRULE_RATIO = 10;
  /** A replacement for a valid word must itself be this common in the clean text. */
  private static final int OVERRULE_MIN_COUNT = 5;
  /** Weight of one observed neighbour pair against one occurrence of the word alone. */
  private static final int PAIR_WEIGHT = 100;
  /** No Swedish word lacks a vowel: "dr", "nd", "ldn" are OCR even where hunspell knows "dr". */
  private static final Pattern VOWEL = Pattern.compile("[aeiouyåäöé]");
  private static final Pattern CONJUNCTION = Pattern.compile("och|eller|samt");
  private static final int MAX_RESTORED_DIACRITICS = 3;

  private final CleanVocabulary vocabulary;
  private final SwedishDictionary dictionary;
  private final Map<String, Boolean> spellCache = new HashMap<>();
  private final Map<String, Optional<String>> dictionaryReadings = new HashMap<>();

  public OcrRepair(CleanVocabulary vocabulary, SwedishDictionary dictionary) {
    this.vocabulary = vocabulary;
    this.dictionary = dictionary;
  }

  @Override
  public String flag() {
    return "ocr_repaired";
  }

  @Override
  public RepairResult repair(List<String> lines) {
    List<String> repaired = new ArrayList<>(lines.size());
    List<Correction> corrections = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      boolean continuesSentence = i > 0 && continuesSentence(lines, i);
      repaired.add(repairLine(i + 1, lines.get(i), continuesSentence, corrections));
    }
    return new RepairResult(repaired, corrections);
  }

  /** True when the previous non-blank line does not end a sentence. */
  private static boolean continuesSentence(List<String> lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      String previous = lines.get(i).strip();
      if (!previous.isEmpty()) {
        return !previous.matches(".*[.!?:]$");
      }
    }
    return false;
  }

  private String repairLine(int lineNumber, String line, boolean continuesSentence,
      List<Correction> corrections) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(line);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    StringBuilder out = new StringBuilder(line.length());
    int done = 0;
    String previousFixed = null;
    for (int k = 0; k < spans.size(); k++) {
      int[] span = spans.get(k);
      String token = line.substring(span[0], span[1]);
      String previous = k > 0 ? previousFixed : null; // repaired, so its pairs can be looked up
      String next = k + 1 < spans.size() ? line.substring(spans.get(k + 1)[0], spans.get(k + 1)[1]) : null;
      boolean standalone = (span[0] == 0 || line.charAt(span[0] - 1) == ' ')
          && (span[1] == line.length() || line.charAt(span[1]) == ' ');
      boolean midSentence = previous != null
          ? !line.substring(spans.get(k - 1)[1], span[0]).matches(".*[.!?].*")
          : continuesSentence;
      String fixed = correct(token, previous, next, standalone, midSentence);
      out.append(line, done, span[0]).append(fixed);
      done = span[1];
      previousFixed = fixed;
      if (!fixed.equals(token)) {
        corrections.add(new Correction(lineNumber, token, fixed));
      }
    }
    out.append(line, done, line.length());
    return out.toString();
  }

  /** The token as it should read, or the token itself when no correction is confident. */
  String correct(String token, String previous, String next, boolean standalone,
      boolean midSentence) {
    if (token.equals("[") && standalone && next != null) {
      return "I"; // a sentence-initial I read as a bracket
    }
    if (token.equals("1") && standalone && isLowerWord(previous) && isLowerWord(next)
        && !CONJUNCTION.matcher(next).matches()) {
      return "i"; // "resulterat 1 följande": a lone 1 between words is the preposition
    }
    if (token.equals("Al") && midSentence) {
      return "AI"; // the tree would be lower-case mid-sentence; "Al" here is the OCR of AI
    }
    if (isProtected(token)) {
      return token;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    boolean valid = !OCR_MARK.matcher(lower).find() && VOWEL.matcher(lower).find()
        && isKnown(token) || vocabulary.count(lower) > 0;
    String previousSkeleton = previous == null ? "" : CleanVocabulary.skeleton(previous);
    String nextSkeleton = next == null ? "" : CleanVocabulary.skeleton(next);
    Comparator<String> byScore = Comparator.comparingLong(
        word -> score(word, previousSkeleton, nextSkeleton));
    Map<String, Integer> skeletons = OcrSkeletons.of(lower);
    Optional<String> best = skeletons.keySet().stream()
        .flatMap(skeleton -> vocabulary.withSkeleton(skeleton).stream())
        .max(byScore.thenComparing(Comparator.naturalOrder()));
    if (valid) {
      return best.filter(word -> overrules(word, lower, previousSkeleton, nextSkeleton))
          .map(word -> withCaseOf(token, word))
          .orElse(token);
    }
    return best.or(() -> dictionaryReadings.computeIfAbsent(lower, k -> dictionaryReading(skeletons)))
        .map(word -> withCaseOf(token, word))
        .orElse(token);
  }

  /**
   * Whether a reading replaces a token that is itself a word: restoring diacritics needs the
   * reading to be far more common in clean text ("for" → "för"); reading a letter as another
   * ("lin" → "län") also needs the token absent from clean text and a neighbour seen with the
   * reading ("Örebro län"), so that "hur ni har" keeps its "ni".
   */
  private boolean overrules(String word, String token, String previousSkeleton,
      String nextSkeleton) {
    if (word.equals(token) || vocabulary.count(word) < OVERRULE_MIN_COUNT
        || score(word, previousSkeleton, nextSkeleton)
            < OVERRULE_RATIO * (score(token, previousSkeleton, nextSkeleton) + 1)) {
      return false;
    }
    if (CleanVocabulary.skeleton(word).equals(CleanVocabulary.skeleton(token))) {
      return true;
    }
    return vocabulary.count(token) == 0
        && vocabulary.after(previousSkeleton, word) + vocabulary.before(word, nextSkeleton) > 0;
  }

  private long score(String word, String previousSkeleton, String nextSkeleton) {
    return vocabulary.count(word) + (long) PAIR_WEIGHT
        * (vocabulary.after(previousSkeleton, word) + vocabulary.before(word, nextSkeleton));
  }

  /**
   * The one dictionary word reachable with the fewest confusions plus restored diacritics, for
   * tokens the clean vocabulary lacks (compounds, rarer inflections); empty when it is not unique.
   */
  private Optional<String> dictionaryReading(Map<String, Integer> skeletons) {
    int bestCost = Integer.MAX_VALUE;
    List<String> bestWords = new ArrayList<>();
    for (Map.Entry<String, Integer> skeleton : skeletons.entrySet()) {
      for (String word : OcrSkeletons.withDiacritics(skeleton.getKey(), MAX_RESTORED_DIACRITICS)) {
        int cost = skeleton.getValue() + differences(skeleton.getKey(), word);
        if (cost <= bestCost && isKnown(word)) {
          if (cost < bestCost) {
            bestWords.clear();
            bestCost = cost;
          }
          if (!bestWords.contains(word)) {
            bestWords.add(word);
          }
        }
      }
    }
    return bestWords.size() == 1 ? Optional.of(bestWords.get(0)) : Optional.empty();
  }

  private static int differences(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      n += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return n;
  }

  private boolean isKnown(String word) {
    return spellCache.computeIfAbsent(word, dictionary::isWord);
  }

  /**
   * Numbers, acronyms and codes: a capital after the first letter (OMS, AM4Life, BioDriv) or
   * digits with only capital letters (CO2, S3, 4K, N1).
   */
  private static boolean isProtected(String token) {
    if (DIGITS.matcher(token).matches()) {
      return true;
    }
    for (int i = 1; i < token.length(); i++) {
      if (Character.isUpperCase(token.charAt(i))) {
        return true;
      }
    }
    boolean hasDigit = token.chars().anyMatch(Character::isDigit);
    boolean hasLower = token.chars().anyMatch(Character::isLowerCase);
    return hasDigit && !hasLower;
  }

  private static boolean isLowerWord(String token) {
    return token != null && !token.isEmpty() && Character.isLowerCase(token.charAt(0));
  }

  private static String withCaseOf(String token, String word) {
    return Character.isUpperCase(token.charAt(0))
        ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
  }
}
