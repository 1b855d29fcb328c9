package se.regionsok.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.regionsok.analysis.SwedishAnalyzers.Profile;

/**
 * The judged query set as a regression: the production chain may not fall more than 0.02
 * nDCG@10 below the committed baseline, overall or for any kind of query, and each component
 * must not make the set worse.
 */
class RelevanceRegressionTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  @Test
  void productionRelevanceHoldsTheBaseline() throws IOException {
    Map<String, Map<String, RelevanceEvaluation.Scores>> results =
        RelevanceEvaluation.run(CORPUS, java.util.List.of(Profile.values()), new PrintStream(System.out));
    Map<String, Double> baseline = RelevanceEvaluation.readBaseline(CORPUS.resolve("eval").resolve("baseline.tsv"));
    double production = results.get(Profile.PRODUCTION.name()).get("all").ndcg10();
    assertTrue(production >= baseline.get(Profile.PRODUCTION.name()) - RelevanceEvaluation.ALLOWED_DROP,
        "nDCG@10 " + production + " vs baseline " + baseline);
    assertTrue(RelevanceEvaluation.drops(results, baseline).isEmpty(),
        "no kind may fall below its baseline: " + RelevanceEvaluation.drops(results, baseline));
    assertTrue(production > results.get(Profile.STOCK.name()).get("all").ndcg10() + 0.1,
        "the Swedish chain must beat stock Lucene clearly");
    for (String kind : new String[] {"kind:compound", "kind:synonym", "kind:no-diacritics", "kind:ocr-only"}) {
      assertTrue(results.get(Profile.PRODUCTION.name()).get(kind).ndcg10() >= results.get(Profile.STOCK.name()).get(kind).ndcg10(),
          kind + " got worse than stock");
    }
  }
}
