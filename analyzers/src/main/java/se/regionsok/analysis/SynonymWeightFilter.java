package se.regionsok.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Weights the tokens a synonym filter injected below the words as typed, so a record that uses
 * the user's own word outranks one that only uses its synonym. Lucene's query builder carries the
 * boost into the term and synonym queries it builds (the search API's parser into phrases too).
 */
final class SynonymWeightFilter extends TokenFilter {
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final BoostAttribute boost = addAttribute(BoostAttribute.class);
  private final float weight;

  SynonymWeightFilter(TokenStream input, float weight) {
    super(input);
    this.weight = weight;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    boost.setBoost(SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) ? weight : 1f);
    return true;
  }
}
