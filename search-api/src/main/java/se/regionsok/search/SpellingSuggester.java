package se.regionsok.search;

import static se.regionsok.schema.SearchFields.SPELL;
import static se.regionsok.schema.SearchFields.SPELL_FOLDED;
import static se.regionsok.schema.SearchFields.TEXT_FOLDED;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import se.regionsok.analysis.SwedishAnalyzers;

/**
 * "Did you mean": replaces each word the index does not know, even folded and stemmed, with the
 * closest word it has. The distance is measured without diacritics (Lucene's DirectSpellChecker
 * over the folded word field), so "kompetensforsorjnig" is one edit from "kompetensförsörjning",
 * which is then shown with its diacritics.
 */
final class SpellingSuggester {
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}*\"-])\\p{L}{3,}(?![\\p{L}\\p{N}*])");

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final VersionedMemo<String, String> remembered = new VersionedMemo<>(10_000);
  private final Analyzer queryAnalyzer;
  private Object displayFormsKey;
  private Map<String, String> displayForms = Map.of();

  /** @param queryAnalyzer tells whether a word matches anything once folded and stemmed */
  SpellingSuggester(Analyzer queryAnalyzer) {
    this.queryAnalyzer = queryAnalyzer;
    checker.setMinQueryLength(3);
    checker.setMaxEdits(2);
    checker.setThresholdFrequency(2f); // a word seen once is more likely a typo than a spelling to propose
  }

  /**
   * The corrected query, or null when every word is known or nothing better exists. Remembered
   * per index version: paging and ticking filters repeat the query, and the fuzzy look-up was a
   * sixth of a search's time (ops/BENCHMARKS.md).
   */
  String suggest(IndexReader reader, String query) throws IOException {
    if (query == null || query.indexOf('"') >= 0) {
      return null;
    }
    return remembered.get(reader, query, () -> correct(reader, query));
  }

  private String correct(IndexReader reader, String query) throws IOException {
    Matcher words = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    int last = 0;
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      String replacement = word.equals("or") || known(reader, word) ? null : closest(reader, word);
      out.append(query, last, words.start()).append(replacement == null ? words.group() : replacement);
      changed |= replacement != null;
      last = words.end();
    }
    out.append(query.substring(last));
    return changed ? out.toString() : null;
  }

  private String closest(IndexReader reader, String word) throws IOException {
    String folded = SwedishAnalyzers.fold(word);
    SuggestWord[] best = checker.suggestSimilar(new Term(SPELL_FOLDED, folded), 1, reader,
        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    if (best.length == 0) {
      return null;
    }
    return displayForms(reader).getOrDefault(best[0].string, best[0].string);
  }

  /** Typed without diacritics or inflected, a word still counts as known if the index has it. */
  private boolean known(IndexReader reader, String word) throws IOException {
    if (reader.docFreq(new Term(SPELL, word)) > 0) {
      return true;
    }
    try (TokenStream tokens = queryAnalyzer.tokenStream(TEXT_FOLDED, word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      boolean known = false;
      while (tokens.incrementToken()) {
        known |= reader.docFreq(new Term(TEXT_FOLDED, term.toString())) > 0;
      }
      tokens.end();
      return known;
    }
  }

  /** Folded word → its most frequent spelling in the index, built once per index version. */
  private synchronized Map<String, String> displayForms(IndexReader reader) throws IOException {
    Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
    if (key != displayFormsKey) {
      Map<String, String> forms = new HashMap<>();
      Map<String, Integer> frequency = new HashMap<>();
      Terms terms = MultiTerms.getTerms(reader, SPELL);
      if (terms != null) {
        TermsEnum words = terms.iterator();
        for (BytesRef term = words.next(); term != null; term = words.next()) {
          String word = term.utf8ToString();
          String folded = SwedishAnalyzers.fold(word);
          if (words.docFreq() > frequency.getOrDefault(folded, 0)) {
            forms.put(folded, word);
            frequency.put(folded, words.docFreq());
          }
        }
      }
      displayForms = forms;
      displayFormsKey = key;
    }
    return displayForms;
  }
}
