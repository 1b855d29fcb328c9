package se.regionsok.analysis;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The hunspell sv_SE dictionary ("Den stora svenska ordlistan", shipped in LanguageTool's
 * language-sv artifact): spell checks and lemmatizes Swedish words, and lists the dictionary's
 * entries with their flags (which tell what may begin or end a compound). Two variants: the
 * dictionary as shipped, and a copy with its diacritics folded (å, ä → a; ö → o) for the folded
 * fields, where the OCR'd reports lost their diacritics. Each is loaded once per JVM; thread-safe.
 */
public final class SwedishDictionary {
  private static final String BASE = "/org/languagetool/resource/sv/hunspell/sv_SE";

  private static final class Plain {
    static final SwedishDictionary INSTANCE = load(UnaryOperator.identity());
  }

  private static final class Folded {
    static final SwedishDictionary INSTANCE = load(SwedishDictionary::foldDiacritics);
  }

  /** Suffix rules whose forms may begin a compound (continuation flag W, COMPOUNDPERMITFLAG). */
  private static final Pattern COMPOUND_FORM_RULE =
      Pattern.compile("^SFX\\s+(\\S)\\s+(\\S+)\\s+([^/\\s]+)/\\S*W\\S*\\s+(\\S+)");

  /** A suffix rule: for entries with the flag that end in the condition, strip, then add. */
  record SuffixRule(char flag, String strip, String add, Pattern condition) {
    String apply(String entry) {
      return entry.substring(0, entry.length() - strip.length()) + add;
    }

    boolean appliesTo(String entry, String flags) {
      return flags.indexOf(flag) >= 0 && entry.endsWith(strip) && condition.matcher(entry).find();
    }
  }

  private final Hunspell hunspell;
  private final Map<String, String> flagsByEntry;
  private final List<SuffixRule> compoundFormRules;
  private final WordMemo<String> lemmas = new WordMemo<>(this::computeLemma);

  private SwedishDictionary(Dictionary dictionary, Map<String, String> flagsByEntry,
      List<SuffixRule> compoundFormRules) {
    this.hunspell = new Hunspell(dictionary);
    this.flagsByEntry = Map.copyOf(flagsByEntry);
    this.compoundFormRules = List.copyOf(compoundFormRules);
  }

  /** The dictionary as shipped. */
  public static SwedishDictionary get() {
    return Plain.INSTANCE;
  }

  /** The dictionary with diacritics folded in both its word list and its affix rules. */
  public static SwedishDictionary folded() {
    return Folded.INSTANCE;
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
    return flagsByEntry.keySet();
  }

  /**
   * The lower-cased lemma of a lower-case word form, or null when the dictionary does not know
   * it. A word that is a lemma itself stays ("stöd", not "stöda"; folded "stod", not "sta");
   * else of several lemmas the shortest (then alphabetically first) wins, so index and query pick
   * the same one, and the noun usually beats the verb ("företag", not "företaga").
   */
  public String lemma(String word) {
    return lemmas.get(word);
  }

  private String computeLemma(String word) {
    List<String> roots = hunspell.getRoots(word);
    return roots.contains(word) ? word : shortest(roots);
  }

  /** The lemma of a word form among the entries that carry the flag, or null. */
  String lemmaWithFlag(String word, char flag) {
    return shortest(hunspell.getRoots(word).stream().filter(root -> hasFlag(root, flag)).toList());
  }

  /** The affix and compound flags of a base word (lower-cased), or "" when it has none. */
  String flags(String baseWord) {
    return flagsByEntry.getOrDefault(baseWord, "");
  }

  boolean hasFlag(String baseWord, char flag) {
    return flags(baseWord.toLowerCase(Locale.ROOT)).indexOf(flag) >= 0;
  }

  Map<String, String> flagsByEntry() {
    return flagsByEntry;
  }

  /** The affix rules that make compound-beginning forms, e.g. v: "arbetsmarknad" → "…s". */
  List<SuffixRule> compoundFormRules() {
    return compoundFormRules;
  }

  private static String shortest(List<String> roots) {
    return roots.stream()
        .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
        .map(root -> root.toLowerCase(Locale.ROOT)).orElse(null);
  }

  /** Folds å, ä, ö, é … to ASCII but keeps case: the affix file's keywords are upper case. */
  static String foldDiacritics(String line) {
    char[] in = line.toCharArray();
    char[] out = new char[in.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, length);
  }

  private static SwedishDictionary load(UnaryOperator<String> transform) {
    try {
      byte[] aff = transformed(BASE + ".aff", transform);
      byte[] dic = transformed(BASE + ".dic", transform);
      Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell",
          new ByteArrayInputStream(aff), new ByteArrayInputStream(dic));
      return new SwedishDictionary(dictionary, readEntries(dic), readCompoundFormRules(aff));
    } catch (IOException | java.text.ParseException e) {
      throw new IllegalStateException("cannot load the sv_SE hunspell dictionary", e);
    }
  }

  private static byte[] transformed(String path, UnaryOperator<String> transform) throws IOException {
    StringBuilder text = new StringBuilder(2_500_000);
    try (BufferedReader reader = reader(new ByteArrayInputStream(resource(path).readAllBytes()))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        text.append(transform.apply(line)).append('\n');
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Entry → flags; entries listed twice (e.g. "skola" noun and verb) get the union. */
  private static Map<String, String> readEntries(byte[] dic) throws IOException {
    Map<String, String> entries = new HashMap<>(200_000);
    try (BufferedReader reader = reader(new ByteArrayInputStream(dic))) {
      reader.readLine(); // the first line holds the entry count
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int slash = line.indexOf('/');
        String word = (slash < 0 ? line : line.substring(0, slash)).trim();
        String flags = slash < 0 ? "" : line.substring(slash + 1).trim();
        if (word.length() > 1 && word.chars().allMatch(Character::isLetter)) {
          entries.merge(word.toLowerCase(Locale.ROOT), flags, String::concat);
        }
      }
    }
    return entries;
  }

  private static List<SuffixRule> readCompoundFormRules(byte[] aff) {
    List<SuffixRule> rules = new ArrayList<>();
    for (String line : new String(aff, StandardCharsets.UTF_8).split("\n")) {
      Matcher rule = COMPOUND_FORM_RULE.matcher(line);
      if (rule.find()) {
        String strip = rule.group(2).equals("0") ? "" : rule.group(2);
        String add = rule.group(3).equals("0") ? "" : rule.group(3);
        rules.add(new SuffixRule(rule.group(1).charAt(0), strip, add,
            Pattern.compile(rule.group(4).equals(".") ? "" : rule.group(4) + "$")));
      }
    }
    return rules;
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static InputStream resource(String path) {
    InputStream in = SwedishDictionary.class.getResourceAsStream(path);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + path));
    }
    return in;
  }
}
