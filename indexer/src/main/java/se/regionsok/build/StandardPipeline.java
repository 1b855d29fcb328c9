package se.regionsok.build;

import java.util.List;
import se.regionsok.enrich.Enrichers;
import se.regionsok.read.GenericReader;
import se.regionsok.read.ProjectDecisionReader;
import se.regionsok.read.Report2022Reader;
import se.regionsok.read.Report2024Reader;
import se.regionsok.read.TableAppendixReader;
import se.regionsok.repair.RepairPolicy;
import se.regionsok.repair.TextRepair;

/** The readers, repairs and enrichers every build uses, in one place. */
public final class StandardPipeline {
  private StandardPipeline() {}

  public static CorpusLoader loader() {
    return new CorpusLoader(
        List.of(new TableAppendixReader(), new Report2022Reader(), new Report2024Reader(),
            new ProjectDecisionReader(), new GenericReader()),
        documents -> new TextRepair(RepairPolicy.forCorpus(documents)),
        List.of(Enrichers.standard()));
  }
}
