package se.regionsok.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
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
  /**
   * Weight of one observed neighbour pair against one occurrence of the word alone: high enough
   * that a reading seen with its neighbour beats a far more common one never seen so ("två år",
   * "varje år" against "är", 628 to 116 in the clean text).
   */
  private static final int PAIR_WEIGHT = 1000;
  /** No Swedish word lacks a vowel: "dr", "nd", "ldn" are OCR even where hunspell knows "dr". */
  private static final Pattern VOWEL = Pattern.compile("[aeiouyåäöé]");
  private static final Pattern CONJUNCTION = Pattern.compile("och|eller|samt");
  private static final int MAX_RESTORED_DIACRITICS = 3;
  /**
   * A diacritic beside its own or a like vowel ("tillrääckligt", "nyanläanda"):
   * the OCR split one letter in two, and the dictionary's compounding accepts the result.
   */
  private static final Pattern VOWEL_BESIDE_DIACRITIC = Pattern.compile("[äå][aäå]|a[äå]|öö");

  private final CleanVocabulary vocabulary;
  private final SwedishDictionary dictionary;
  private final Compounds compounds;
  private final GluedWords gluedWords;
  private final Places places = Places.load();
  private final KnownReadings known = KnownReadings.load();
  private final Map<String, Boolean> spellCache = new HashMap<>();
  private final Map<String, Optional<String>> dictionaryReadings = new HashMap<>();

  public OcrRepair(CleanVocabulary vocabulary, SwedishDictionary dictionary) {
    this.vocabulary = vocabulary;
    this.dictionary = dictionary;
    this.compounds = new Compounds(vocabulary, this::isKnown);
    this.gluedWords = new GluedWords(vocabulary, this::isKnown);
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
    Matcher address = Addresses.PATTERN.matcher(line); // "dg-reform" in a link is no "äg-reform"
    while (address.find()) {
      int from = address.start();
      int to = address.end();
      spans.removeIf(span -> span[0] < to && span[1] > from);
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
      boolean productName = span[1] < line.length() && line.charAt(span[1]) == '+'; // "Digi+"
      String fixed = productName ? token : correct(token, previous, next, standalone, midSentence);
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
    Optional<String> read = known.of(token);
    if (read.isPresent()) {
      return read.get();
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
    if (!valid && midSentence && Character.isUpperCase(token.charAt(0))) {
      Optional<String> place = skeletons.keySet().stream().map(places::named)
          .flatMap(Optional::stream).findFirst();
      if (place.isPresent()) {
        return place.get(); // a capital inside a sentence names something: "i Laxa" is Laxå
      }
    }
    Optional<String> best = skeletons.keySet().stream()
        .flatMap(skeleton -> vocabulary.withSkeleton(OcrSkeletons.plain(skeleton)).stream()
            .filter(word -> OcrSkeletons.fits(skeleton, word)))
        .max(byScore.thenComparing(Comparator.naturalOrder()));
    if (valid) {
      return best.filter(word -> overrules(word, lower, previousSkeleton, nextSkeleton))
          .or(() -> vocabulary.count(lower) > 0 ? Optional.empty() : compounds.withCleanHead(lower))
          .map(word -> withCaseOf(token, word))
          .orElse(token);
    }
    return best.or(() -> dictionaryReadings.computeIfAbsent(lower, k -> dictionaryReading(skeletons)))
        .or(() -> gluedWords.split(lower))
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
   * The reading of a token the clean vocabulary lacks (compounds, rarer inflections): the
   * dictionary words reachable with the fewest confusions plus restored diacritics, among equals
   * the one the clean text supports. A compound the dictionary lacks but the clean text backs
   * ({@link Compounds}) is read where no dictionary word is, or where the clean text supports it
   * better ("Mälarbanan" beside "Mälardalen" against "Målarbanan").
   */
  private Optional<String> dictionaryReading(Map<String, Integer> skeletons) {
    Optional<String> word = compounds.bestSupported(cheapest(skeletons, this::isKnown));
    return compounds.bestSupported(
            cheapest(skeletons, w -> !isKnown(w) && compounds.isCompound(w)))
        .filter(c -> word.isEmpty() || compounds.outweighs(c, word.get()))
        .or(() -> word);
  }

  /** The readings that pass {@code test} at the lowest cost. */
  private List<String> cheapest(Map<String, Integer> skeletons, Predicate<String> test) {
    int bestCost = Integer.MAX_VALUE;
    List<String> bestWords = new ArrayList<>();
    for (Map.Entry<String, Integer> skeleton : skeletons.entrySet()) {
      for (String word : OcrSkeletons.withDiacritics(skeleton.getKey(), MAX_RESTORED_DIACRITICS)) {
        int cost = skeleton.getValue() + restored(skeleton.getKey(), word);
        if (cost <= bestCost && !VOWEL_BESIDE_DIACRITIC.matcher(word).find() && test.test(word)) {
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
    return bestWords;
  }

  /** Diacritics the reading restores beyond the places the confusions marked. */
  private static int restored(String marked, String word) {
    int n = 0;
    for (int i = 0; i < marked.length(); i++) {
      n += Character.isUpperCase(marked.charAt(i)) || marked.charAt(i) == word.charAt(i) ? 0 : 1;
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
