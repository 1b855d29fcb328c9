package se.regionsok.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The similar-records judged set as a regression: on the held-out seeds the service must beat
 * stock MoreLikeThis clearly and must not fall below the ranking it replaced.
 */
class SimilarRegressionTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  @Test
  void similarRecordsBeatMoreLikeThisOnTheHeldOutSeeds() throws IOException {
    Map<String, Map<String, SimilarEvaluation.Scores>> results = SimilarEvaluation.run(CORPUS, new PrintStream(System.out));
    SimilarEvaluation.Scores service = results.get("service").get("held-out");
    SimilarEvaluation.Scores mlt = results.get("moreLikeThis").get("held-out");
    assertTrue(service.seeds() >= 15, "held-out seeds: " + service.seeds());
    assertTrue(service.ndcg10() >= mlt.ndcg10() + 0.1, "nDCG@10 " + service + " vs MoreLikeThis " + mlt);
    assertTrue(service.p10() > mlt.p10(), "P@10 " + service + " vs MoreLikeThis " + mlt);
    double[] old = SimilarEvaluation.readBaseline(CORPUS.resolve("eval").resolve(SimilarEvaluation.BASELINE))
        .values().iterator().next();
    assertTrue(service.ndcg10() >= old[2] - 0.02, "held-out nDCG@10 " + service + " vs the old ranking " + old[2]);
  }
}
