package se.regionsok.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Query time: stacks the weighted related words of a word (thesaurus.txt, derivations.txt) at its
 * position, so "glesbygd" also finds "landsbygd" and "ekonomisk" "ekonomi", each below the word
 * itself. One word to one word only: the stacked token takes the word's place in the token graph.
 */
final class ThesaurusFilter extends TokenFilter {
  /** The type of the tokens this filter adds. */
  static final String TYPE = "THESAURUS";

  /** A related word, in the chain's own form (lemma, folded on the folded fields), and its weight. */
  record Related(String term, float weight) {}

  private final Map<String, List<Related>> related;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final BoostAttribute boost = addAttribute(BoostAttribute.class);
  private final Deque<Related> pending = new ArrayDeque<>();
  private State word;

  ThesaurusFilter(TokenStream input, Map<String, List<Related>> related) {
    super(input);
    this.related = related;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      Related next = pending.poll();
      restoreState(word);
      term.setEmpty().append(next.term());
      increment.setPositionIncrement(0);
      type.setType(TYPE);
      boost.setBoost(next.weight());
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
      List<Related> words = related.get(term.toString());
      if (words != null) {
        pending.addAll(words);
        word = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
