package se.regionsok.build;

import java.util.List;
import java.util.function.UnaryOperator;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.read.GenericReader;

/** The readers, repairs and enrichers every build uses, in one place. */
public final class StandardPipeline {
  private StandardPipeline() {}

  public static CorpusLoader loader() {
    return new CorpusLoader(List.of(new GenericReader()), UnaryOperator.<CorpusDocument>identity(), List.of());
  }
}
