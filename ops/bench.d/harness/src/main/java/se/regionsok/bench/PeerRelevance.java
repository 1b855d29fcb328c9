package se.regionsok.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import se.regionsok.analysis.SwedishAnalyzers.Profile;
import se.regionsok.eval.Judgements;
import se.regionsok.eval.RankingMetrics;
import se.regionsok.eval.RelevanceEvaluation;

/**
 * The judged query set (corpus/eval) against ours or a peer, with our definitions (RankingMetrics):
 * {@code PeerRelevance ours|jdbc:postgresql://127.0.0.1:…|opensearch:http://127.0.0.1:… corpusDir}.
 * Prints tab-separated rows: system, group ("all" or "kind:…"), queries, nDCG@10, Recall@20, MRR.
 * Ours is the production profile as ops/eval measures it; the peers rank the records loaded by
 * PgLoad / OsLoad, top 20.
 */
public final class PeerRelevance {
  private static final int TOP = 20;

  /** A system's top ids for a query. */
  private interface Ranker {
    List<String> top(String query) throws Exception;
  }

  private PeerRelevance() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[1]);
    if (args[0].equals("ours")) {
      PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
      RelevanceEvaluation.run(corpus, List.of(Profile.PRODUCTION), silent).get(Profile.PRODUCTION)
          .forEach((group, s) -> print("Regionsök (production)", group, s.queries(), s.ndcg10(), s.recall20(), s.mrr()));
      return;
    }
    Judgements judgements = Judgements.read(corpus.resolve("eval"));
    if (args[0].startsWith("jdbc:")) {
      try (Connection c = DriverManager.getConnection(args[0])) {
        evaluate("PostgreSQL (websearch_to_tsquery, ts_rank_cd)", judgements, q -> postgres(c, q));
      }
    } else if (args[0].startsWith("opensearch:")) {
      OsClient os = new OsClient(args[0].substring("opensearch:".length()));
      evaluate("OpenSearch (multi_match, or)", judgements, q -> openSearch(os, multiMatch(q)));
      evaluate("OpenSearch (simple_query_string, and)", judgements, q -> openSearch(os, OsQueries.text(q, "and")));
    } else {
      throw new IllegalArgumentException("ours, a jdbc:postgresql URL or opensearch:URL: " + args[0]);
    }
  }

  private static void evaluate(String system, Judgements judgements, Ranker ranker) throws Exception {
    Map<String, List<double[]>> groups = new TreeMap<>();
    for (Judgements.Query q : judgements.queries()) {
      List<String> ranked = ranker.top(q.text());
      Map<String, Integer> grades = judgements.gradesOf(q.id());
      double[] m = {RankingMetrics.ndcg(ranked, grades, 10), RankingMetrics.recall(ranked, grades, TOP),
          RankingMetrics.reciprocalRank(ranked, grades)};
      for (String group : List.of("all", "kind:" + q.kind())) {
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
      }
    }
    groups.forEach((group, ms) -> print(system, group, ms.size(), mean(ms, 0), mean(ms, 1), mean(ms, 2)));
  }

  /** Title weight A (PgLoad), cover density ranking; websearch syntax is what PgTarget serves. */
  private static List<String> postgres(Connection c, String query) throws Exception {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM records, websearch_to_tsquery('swedish', ?) q"
        + " WHERE tsv @@ q ORDER BY ts_rank_cd(tsv, q) DESC, id LIMIT " + TOP)) {
      s.setString(1, query);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }

  /** The stock full-text query: any word matches, the best field's score (title^3, text). */
  private static ObjectNode multiMatch(String query) {
    ObjectNode node = OsClient.JSON.createObjectNode();
    node.putObject("multi_match").put("query", query).putArray("fields").add("title^3").add("text");
    return node;
  }

  private static List<String> openSearch(OsClient os, ObjectNode query) throws Exception {
    ObjectNode body = OsClient.JSON.createObjectNode().put("size", TOP);
    body.set("query", query);
    body.put("_source", false);
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : os.call("POST", "/" + OsClient.INDEX + "/_search", body.toString()).at("/hits/hits")) {
      ids.add(hit.get("_id").asText());
    }
    return ids;
  }

  private static double mean(List<double[]> values, int i) {
    return values.stream().mapToDouble(v -> v[i]).average().orElse(0);
  }

  private static void print(String system, String group, int queries, double ndcg, double recall, double mrr) {
    if (!group.startsWith("half:")) {
      System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%.3f\t%.3f\t%.3f%n", system, group, queries, ndcg, recall, mrr);
    }
  }
}
