package se.regionsok.search;

import static se.regionsok.analysis.SearchFields.SPELL;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each word the index has never seen with the closest word it has
 * (Lucene's DirectSpellChecker over the plain-word field), or says nothing.
 */
final class SpellingSuggester {
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}*\"-])\\p{L}{3,}(?![\\p{L}\\p{N}*])");

  private final DirectSpellChecker checker = new DirectSpellChecker();

  SpellingSuggester() {
    checker.setMinQueryLength(3);
    checker.setMaxEdits(2);
  }

  /** The corrected query, or null when every word is known or nothing better exists. */
  String suggest(IndexReader reader, String query) throws IOException {
    if (query == null || query.indexOf('"') >= 0) {
      return null;
    }
    Matcher words = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    int last = 0;
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      String replacement = word;
      if (!word.equals("or") && reader.docFreq(new Term(SPELL, word)) == 0) {
        SuggestWord[] best = checker.suggestSimilar(new Term(SPELL, word), 1, reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (best.length > 0) {
          replacement = best[0].string;
          changed = true;
        }
      }
      out.append(query, last, words.start()).append(replacement.equals(word) ? words.group() : replacement);
      last = words.end();
    }
    out.append(query.substring(last));
    return changed ? out.toString() : null;
  }
}
