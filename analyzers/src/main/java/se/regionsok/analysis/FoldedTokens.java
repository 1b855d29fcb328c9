package se.regionsok.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text as the index's folded chain sees it (lemmas, compound parts after each compound, å/ä/ö
 * folded), joined by single spaces and padded, so " vatgas " finds the word and its compounds
 * and " kommersiel servic " a phrase.
 */
public final class FoldedTokens {
  private static final Analyzer ANALYZER = SwedishAnalyzers.folded();

  private FoldedTokens() {}

  public static String of(String text) {
    StringBuilder out = new StringBuilder(" ");
    try (TokenStream stream = ANALYZER.tokenStream("text", text == null ? "" : text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.append(term).append(' ');
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** How many times the padded phrase occurs in the padded tokens. */
  public static int count(String tokens, String phrase) {
    int n = 0;
    for (int at = tokens.indexOf(phrase); at >= 0; at = tokens.indexOf(phrase, at + phrase.length() - 1)) {
      n++;
    }
    return n;
  }

  /** Number of tokens in a padded token string. */
  public static int length(String tokens) {
    String trimmed = tokens.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split(" ").length;
  }
}
