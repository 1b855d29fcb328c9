package se.regionsok.build;

import java.util.List;
import java.util.function.UnaryOperator;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.enrich.Enrichers;
import se.regionsok.read.TableAppendixReader;

/** The readers, repairs and enrichers every build uses, in one place. */
public final class StandardPipeline {
  private StandardPipeline() {}

  public static CorpusLoader loader() {
    return new CorpusLoader(List.of(new TableAppendixReader()), UnaryOperator.<CorpusDocument>identity(),
        List.of(Enrichers.standard()));
  }
}
