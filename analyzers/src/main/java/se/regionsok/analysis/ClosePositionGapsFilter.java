package se.regionsok.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the position gaps removed stop words leave, on both index and query side: the synonym
 * parser rejects gaps inside its entries, and the phrases it builds from them have none.
 */
final class ClosePositionGapsFilter extends TokenFilter {
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

  ClosePositionGapsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    position.setPositionIncrement(Math.min(position.getPositionIncrement(), 1));
    return true;
  }
}
