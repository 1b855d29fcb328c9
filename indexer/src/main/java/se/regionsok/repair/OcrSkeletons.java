package se.regionsok.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The skeletons (see {@link CleanVocabulary#skeleton}) an OCR'd token may stand for, through the
 * scanner's known confusions (corpus notes §1.1): 6→ö, 4/3/&→ä/å, 0→ö, é→å/ä/ö, d→ä/å/ö, i→ä,
 * 1→l/i, {→f/å, the pairs ia/ai/id/éa/ad/éd/aé/ii/éi (and da inside a word) read for one ä or å ("hiansyn", "fraimja",
 * "sidmre", "delmadl", "tillgadng", "osédkerhet", "samhaélle", "niitverk", "anvéinds",
 * "tillrdackligt") and oé/éo/oi/do/o6/dé for one ö ("genomfoérandet", "moijligt", "mdota",
 * "uppfo6ljning", "genomfdérande").
 * Each skeleton comes with the number of confusions it assumes.
 *
 * <p>A confusion stands for a letter with a diacritic: the scanner reads a plain a or o as it is.
 * So the place a confusion fills is marked in the skeleton by a capital (A: å or ä, O: ö), and a
 * reading must have a diacritic there ({@link #fits}): "branschmdten" is "branschmöten", never
 * "branschmaten"; "yrkesrdd" is "yrkesråd", never "yrkesrad".
 */
final class OcrSkeletons {
  private static final int MAX_VARIANTS = 4096;
  private static final Map<String, String> PAIRS = Map.ofEntries(
      Map.entry("ia", "A"), Map.entry("ai", "A"), Map.entry("id", "A"), Map.entry("éa", "A"),
      Map.entry("ié", "A"), Map.entry("ad", "A"), Map.entry("éd", "A"), Map.entry("aé", "A"),
      Map.entry("ii", "A"), Map.entry("éi", "A"),
      Map.entry("oé", "O"), Map.entry("éo", "O"), Map.entry("oi", "O"), Map.entry("do", "O"),
      Map.entry("o6", "O"), Map.entry("dé", "O"));

  /** Read for one ä or å only inside a word. */
  private static final String INNER_A = "da";

  private OcrSkeletons() {}

  /** Skeleton → fewest confusions needed to read the token as it; empty when too ambiguous. */
  static Map<String, Integer> of(String token) {
    Map<String, Integer> out = new LinkedHashMap<>();
    expand(token.toLowerCase(Locale.ROOT), 0, new StringBuilder(), 0, out);
    return out.size() > MAX_VARIANTS ? Map.of() : out;
  }

  private static void expand(String token, int at, StringBuilder built, int confusions,
      Map<String, Integer> out) {
    if (out.size() > MAX_VARIANTS) {
      return;
    }
    if (at == token.length()) {
      out.merge(built.toString(), confusions, Math::min);
      return;
    }
    if (at + 1 < token.length()) {
      String pair = PAIRS.get(token.substring(at, at + 2));
      if (pair == null && at > 0 && token.startsWith(INNER_A, at)) {
        pair = "A"; // "tillrdackligt", "kdannedom"; at a word's start "dar" is "där", not "är"
      }
      if (pair != null) {
        branch(token, at + 2, built, pair, confusions + 1, out);
      }
    }
    char c = token.charAt(at);
    String[] alternatives = switch (c) {
      case '6', '0' -> new String[] {"O"};
      case '4', '3', '&' -> new String[] {"A"};
      case 'é' -> new String[] {"e", "A", "O"};
      case 'd' -> new String[] {"d", "A", "O"};
      case 'i' -> new String[] {"i", "A"};
      case '1' -> new String[] {"l", "i"};
      case '{' -> new String[] {"f", "A"};
      default -> new String[] {String.valueOf(CleanVocabulary.skeleton(String.valueOf(c)))};
    };
    for (String alternative : alternatives) {
      boolean literal = alternative.equals(CleanVocabulary.skeleton(String.valueOf(c)));
      int cost = c == 'é' && literal ? 2 : literal ? 0 : 1; // é is rarely an é in Swedish
      branch(token, at + 1, built, alternative, confusions + cost, out);
    }
  }

  private static void branch(String token, int next, StringBuilder built, String piece,
      int confusions, Map<String, Integer> out) {
    int length = built.length();
    built.append(piece);
    expand(token, next, built, confusions, out);
    built.setLength(length);
  }

  /** The skeleton without its marks: the key of {@link CleanVocabulary#withSkeleton}. */
  static String plain(String marked) {
    return marked.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code word} has a diacritic wherever the marked skeleton asks for one. */
  static boolean fits(String marked, String word) {
    if (word.length() != marked.length()) {
      return false;
    }
    for (int i = 0; i < marked.length(); i++) {
      char m = marked.charAt(i);
      char w = word.charAt(i);
      if (m == 'A' && w != 'ä' && w != 'å' || m == 'O' && w != 'ö') {
        return false;
      }
    }
    return true;
  }

  /**
   * The words a marked skeleton can be: a diacritic at every marked place, and restored at up to
   * {@code max} further places (a→ä/å, o→ö).
   */
  static List<String> withDiacritics(String marked, int max) {
    List<String> out = new ArrayList<>();
    char[] word = plain(marked).toCharArray();
    placeMarked(marked, word, 0, max, out);
    return out;
  }

  private static void placeMarked(String marked, char[] word, int from, int max, List<String> out) {
    int i = from;
    while (i < word.length && !Character.isUpperCase(marked.charAt(i))) {
      i++;
    }
    if (i == word.length) {
      place(marked, word, 0, max, out);
      return;
    }
    char c = word[i];
    for (char option : options(c)) {
      word[i] = option;
      placeMarked(marked, word, i + 1, max, out);
    }
    word[i] = c;
  }

  private static void place(String marked, char[] word, int from, int left, List<String> out) {
    out.add(new String(word));
    if (left == 0) {
      return;
    }
    for (int i = from; i < word.length; i++) {
      char c = word[i];
      if (Character.isUpperCase(marked.charAt(i))) {
        continue;
      }
      for (char option : options(c)) {
        word[i] = option;
        place(marked, word, i + 1, left - 1, out);
        word[i] = c;
      }
    }
  }

  private static char[] options(char c) {
    return c == 'a' ? new char[] {'ä', 'å'} : c == 'o' ? new char[] {'ö'} : new char[0];
  }
}
