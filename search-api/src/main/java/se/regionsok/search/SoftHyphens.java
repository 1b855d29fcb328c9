package se.regionsok.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionsok.analysis.SwedishAnalyzers;

/**
 * Long Swedish compounds with soft hyphens (U+00AD) where their parts meet, as the analysis splits
 * them: a browser without Swedish hyphenation then breaks "vätgas-samverkansgrupp" at a part
 * boundary (CSS {@code hyphens: manual}) instead of anywhere in the word.
 */
public final class SoftHyphens {
  public static final char SOFT_HYPHEN = '\u00ad';

  private SoftHyphens() {}

  /** The word with a soft hyphen at each compound boundary; unchanged if it is no known compound. */
  public static String of(String word) {
    List<Integer> boundaries = SwedishAnalyzers.compoundBoundaries(word);
    StringBuilder out = new StringBuilder(word.length() + boundaries.size());
    int at = 0;
    for (int boundary : boundaries) {
      out.append(word, at, boundary).append(SOFT_HYPHEN);
      at = boundary;
    }
    return out.append(word, at, word.length()).toString();
  }

  /** Each word with its soft hyphens, in the order given. */
  public static Map<String, String> of(List<String> words) {
    Map<String, String> out = new LinkedHashMap<>();
    words.forEach(word -> out.put(word, of(word)));
    return out;
  }
}
