package se.regionsok.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The analysis chains of the index, one per field, used unchanged at index and query time so that
 * both sides always agree.
 */
public final class SwedishAnalyzers {

  private SwedishAnalyzers() {}

  /** Lower-cased, Swedish stop words removed, Snowball Swedish stems. */
  public static Analyzer stemmed() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
        stream = new SnowballFilter(stream, new SwedishStemmer());
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /**
   * Lower-cased and folded to ASCII (å, ä → a; ö → o; é → e), stop words folded alike, then
   * stemmed: matches the OCR'd reports that lost their diacritics and queries typed without them.
   */
  public static Analyzer folded() {
    CharArraySet foldedStops = foldedStopSet();
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, foldedStops);
        stream = new SnowballFilter(stream, new SwedishStemmer());
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** Lower-cased words, nothing removed: the spelling vocabulary. */
  public static Analyzer plain() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /** The analyzer for every field of the index. */
  public static Analyzer perField() {
    Analyzer stemmed = stemmed();
    Analyzer folded = folded();
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
        SearchFields.TITLE, stemmed,
        SearchFields.TEXT, stemmed,
        SearchFields.GOALS, stemmed,
        SearchFields.TITLE_FOLDED, folded,
        SearchFields.TEXT_FOLDED, folded,
        SearchFields.SPELL, plain()));
  }

  static CharArraySet foldedStopSet() {
    CharArraySet folded = new CharArraySet(200, true);
    for (Object word : SwedishAnalyzer.getDefaultStopSet()) {
      folded.add(fold(new String((char[]) word)));
    }
    return CharArraySet.unmodifiableSet(folded);
  }

  /** Folds one word as the folded chain does (å, ä → a; ö → o). */
  public static String fold(String word) {
    char[] in = word.toLowerCase(java.util.Locale.ROOT).toCharArray();
    char[] out = new char[in.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, length);
  }
}
