package se.regionsok.repair;

import se.regionsok.corpus.CorpusDocument;

/** A document before and after repair, with the repair used and what it changed. */
public record RepairedDocument(
    CorpusDocument original, CorpusDocument repaired, LineRepair repair, RepairResult result) {

  public boolean changed() {
    return result.tokensChanged() > 0;
  }
}
