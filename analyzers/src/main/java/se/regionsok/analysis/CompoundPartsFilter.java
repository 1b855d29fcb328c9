package se.regionsok.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Index time only: after each compound, emits the lemmas of its parts at the compound's position
 * (so phrase queries still line up), marked as keywords so no stemmer touches them again. A query
 * for "vätgas" then finds "vätgasinfrastrukturen", while the query side, which does not split,
 * keeps "vätgasinfrastruktur" one precise term instead of an OR of its parts.
 */
public final class CompoundPartsFilter extends TokenFilter {
  /** Token type of the emitted parts. */
  public static final String PART = "compound_part";

  private final CompoundSplitter splitter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final Deque<String> pendingParts = new ArrayDeque<>();
  private AttributeSource.State compound;

  public CompoundPartsFilter(TokenStream input, CompoundSplitter splitter) {
    super(input);
    this.splitter = splitter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pendingParts.isEmpty()) {
      restoreState(compound);
      term.setEmpty().append(pendingParts.poll());
      keyword.setKeyword(true);
      position.setPositionIncrement(0);
      type.setType(PART);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      splitter.split(term.toString()).ifPresent(split -> {
        pendingParts.addAll(split.parts());
        compound = captureState();
      });
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingParts.clear();
    compound = null;
  }
}
