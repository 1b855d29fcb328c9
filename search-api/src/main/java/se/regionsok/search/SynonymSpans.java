package se.regionsok.search;

import static se.regionsok.schema.SearchFields.TEXT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The runs of words in a query that a multi-word synonym entry matches as a whole ("regional
 * utvecklingsstrategi" → RUS). SimpleQueryParser analyses each word on its own, so such an entry
 * would never fire; the runs found here are quoted, and the parser searches them as one clause
 * (the words as typed, or the entry's synonyms at their lower weight).
 */
final class SynonymSpans {
  /** The longest entry of synonyms.txt has five words after stop words; a little slack. */
  private static final int LONGEST = 8;
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"?");
  private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.:-]*");

  /** The query in SimpleQueryParser syntax with its synonym runs quoted, and those runs. */
  record Marked(String query, Set<String> spans) {}

  private SynonymSpans() {}

  static Marked mark(Analyzer analyzer, String simpleSyntax) {
    StringBuilder out = new StringBuilder();
    Set<String> spans = new LinkedHashSet<>();
    Matcher quoted = QUOTED.matcher(simpleSyntax);
    int last = 0;
    while (quoted.find()) {
      out.append(markWords(analyzer, simpleSyntax.substring(last, quoted.start()), spans));
      out.append(quoted.group());
      last = quoted.end();
    }
    out.append(markWords(analyzer, simpleSyntax.substring(last), spans));
    return new Marked(out.toString(), spans);
  }

  /** Unquoted text: the longest run from each word on that an entry covers, left to right. */
  private static String markWords(Analyzer analyzer, String text, Set<String> spans) {
    String[] tokens = text.split("(?<=\\s)|(?=\\s)");
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      int end = longestRun(analyzer, tokens, i);
      if (end > i) {
        String run = String.join("", java.util.Arrays.asList(tokens).subList(i, end)).replaceAll("\\s+", " ");
        spans.add(run);
        out.add("\"" + run + "\"");
        i = end;
      } else {
        out.add(tokens[i++]);
      }
    }
    return String.join("", out);
  }

  /** The end (exclusive) of the longest run of plain words from {@code start} an entry covers; start if none. */
  private static int longestRun(Analyzer analyzer, String[] tokens, int start) {
    if (!isPlain(tokens[start])) {
      return start;
    }
    List<Integer> wordEnds = new ArrayList<>();
    for (int j = start; j < tokens.length && wordEnds.size() < LONGEST; j++) {
      if (tokens[j].isBlank()) {
        continue;
      }
      if (!isPlain(tokens[j])) {
        break;
      }
      wordEnds.add(j + 1);
    }
    for (int n = wordEnds.size(); n >= 2; n--) {
      int end = wordEnds.get(n - 1);
      if (coveredBySynonym(analyzer, String.join("", java.util.Arrays.asList(tokens).subList(start, end)))) {
        return end;
      }
    }
    return start;
  }

  private static boolean isPlain(String token) {
    return PLAIN_WORD.matcher(token).matches() && !token.equals("OR");
  }

  /** True when a synonym token spans every position the words themselves take. */
  static boolean coveredBySynonym(Analyzer analyzer, String words) {
    int positions = 0;
    int widestSynonymFromStart = 0;
    try (TokenStream stream = analyzer.tokenStream(TEXT, words)) {
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
          if (position == 0) {
            widestSynonymFromStart = Math.max(widestSynonymFromStart, length.getPositionLength());
          }
        } else {
          positions = Math.max(positions, position + length.getPositionLength());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return positions >= 2 && widestSynonymFromStart >= positions;
  }
}
