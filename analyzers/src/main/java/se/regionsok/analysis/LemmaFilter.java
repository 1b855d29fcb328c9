package se.regionsok.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces a word the dictionary knows by its lemma ("arbetsmarknaden" → "arbetsmarknad",
 * "näringslivet" → "näringsliv"), and a compound of known parts by the compound with its head
 * lemmatized ("vätgasinfrastrukturen" → "vätgasinfrastruktur"), and marks the result a keyword.
 * Unknown words (names, OCR damage) pass unchanged to the stemmer that follows as the fallback.
 */
public final class LemmaFilter extends TokenFilter {
  private final SwedishDictionary dictionary;
  private final CompoundSplitter splitter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public LemmaFilter(TokenStream input, SwedishDictionary dictionary, CompoundSplitter splitter) {
    super(input);
    this.dictionary = dictionary;
    this.splitter = splitter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String word = term.toString();
      String lemma = dictionary.lemma(word);
      if (lemma == null) {
        lemma = splitter.split(word).map(CompoundSplitter.Compound::lemma).orElse(null);
      }
      if (lemma != null) {
        term.setEmpty().append(lemma);
        keyword.setKeyword(true);
      }
    }
    return true;
  }
}
