package se.regionsok.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The skeletons (see {@link CleanVocabulary#skeleton}) an OCR'd token may stand for, through the
 * scanner's known confusions (corpus notes §1.1): 6→ö, 4/3/&→ä/å, 0→ö, é→å/ä/ö, d→ä/å/ö, i→ä,
 * 1→l/i, {→f/å, and the pairs ia/ai/id/éa read for one ä ("hiansyn", "fraimja", "sidmre").
 * Each skeleton comes with the number of confusions it assumes.
 */
final class OcrSkeletons {
  private static final int MAX_VARIANTS = 4096;
  private static final Map<String, String[]> PAIRS = Map.of(
      "ia", new String[] {"a"}, "ai", new String[] {"a"}, "id", new String[] {"a"},
      "éa", new String[] {"a"}, "ié", new String[] {"a"});

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
      String[] pair = PAIRS.get(token.substring(at, at + 2));
      if (pair != null) {
        for (String replacement : pair) {
          branch(token, at + 2, built, replacement, confusions + 1, out);
        }
      }
    }
    char c = token.charAt(at);
    String[] alternatives = switch (c) {
      case '6', '0' -> new String[] {"o"};
      case '4', '3', '&' -> new String[] {"a"};
      case 'é' -> new String[] {"e", "a", "o"};
      case 'd' -> new String[] {"d", "a", "o"};
      case 'i' -> new String[] {"i", "a"};
      case '1' -> new String[] {"l", "i"};
      case '{' -> new String[] {"f", "a"};
      default -> new String[] {String.valueOf(CleanVocabulary.skeleton(String.valueOf(c)))};
    };
    for (String alternative : alternatives) {
      boolean literal = alternative.equals(CleanVocabulary.skeleton(String.valueOf(c)));
      branch(token, at + 1, built, alternative, confusions + (literal ? 0 : 1), out);
    }
  }

  private static void branch(String token, int next, StringBuilder built, String piece,
      int confusions, Map<String, Integer> out) {
    int length = built.length();
    built.append(piece);
    expand(token, next, built, confusions, out);
    built.setLength(length);
  }

  /** The words a skeleton can be with diacritics restored at up to {@code max} places (a→ä/å, o→ö). */
  static List<String> withDiacritics(String skeleton, int max) {
    List<String> out = new ArrayList<>();
    place(skeleton.toCharArray(), 0, max, out);
    return out;
  }

  private static void place(char[] word, int from, int left, List<String> out) {
    out.add(new String(word));
    if (left == 0) {
      return;
    }
    for (int i = from; i < word.length; i++) {
      char c = word[i];
      char[] options = c == 'a' ? new char[] {'ä', 'å'} : c == 'o' ? new char[] {'ö'} : new char[0];
      for (char option : options) {
        word[i] = option;
        place(word, i + 1, left - 1, out);
        word[i] = c;
      }
    }
  }
}
