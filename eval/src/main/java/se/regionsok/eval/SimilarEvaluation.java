package se.regionsok.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.regionsok.analysis.SwedishAnalyzers.Profile;
import se.regionsok.build.StandardPipeline;
import se.regionsok.index.IndexBuilder;
import se.regionsok.record.Record;
import se.regionsok.schema.IndexLayout;
import se.regionsok.search.Hit;
import se.regionsok.search.SearchRequest;
import se.regionsok.search.SearchService;

/**
 * Similar records on their judged set (corpus/eval/similar-*): nDCG@10 and P@10 per half of the
 * seeds for stock MoreLikeThis and the service's ranking, beside the figures recorded for the
 * ranking before issue 14 ({@code similar-baseline.tsv}).
 * {@code SimilarEvaluation corpusDir [--pool]}: --pool prints, per seed, the unjudged candidates
 * of every system and of the seed's topic query, for judging.
 */
public final class SimilarEvaluation {
  static final String BASELINE = "similar-baseline.tsv";
  static final int K = 10;

  public record Scores(double ndcg10, double p10, int seeds) {}

  private SimilarEvaluation() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
    if (List.of(args).contains("--pool")) {
      pool(corpus, System.out);
      return;
    }
    run(corpus, System.out);
  }

  /** Scores per system ("moreLikeThis", "service") and half ("tune", "held-out", "all"). */
  public static Map<String, Map<String, Scores>> run(Path corpus, PrintStream out) throws IOException {
    SimilarJudgements judged = SimilarJudgements.read(corpus.resolve("eval"));
    List<Record> records = StandardPipeline.loader().load(corpus).records();
    Map<String, Map<String, Scores>> results = new LinkedHashMap<>();
    withService(records, search -> {
      SimilarSystems systems = new SimilarSystems(search);
      Map<String, Record> byId = byId(records);
      results.put("moreLikeThis", evaluate(judged, byId, systems::moreLikeThis));
      results.put("service", evaluate(judged, byId, systems::service));
    });
    print(results, readBaseline(corpus.resolve("eval").resolve(BASELINE)), out);
    return results;
  }

  private static Map<String, Scores> evaluate(SimilarJudgements judged, Map<String, Record> byId,
      SimilarSystems.Ranker ranker) throws IOException {
    Map<String, List<double[]>> perHalf = new LinkedHashMap<>();
    for (SimilarJudgements.Seed seed : judged.seeds()) {
      List<String> ranked = ranker.rank(byId.get(seed.recordId()), K);
      Map<String, Integer> grades = judged.gradesOf(seed.id());
      double[] m = {RankingMetrics.ndcg(ranked, grades, K), RankingMetrics.precision(ranked, grades, K)};
      for (String half : List.of(seed.half(), "all")) {
        perHalf.computeIfAbsent(half, h -> new ArrayList<>()).add(m);
      }
    }
    Map<String, Scores> scores = new LinkedHashMap<>();
    for (String half : List.of("tune", "held-out", "all")) {
      List<double[]> ms = perHalf.getOrDefault(half, List.of());
      scores.put(half, new Scores(mean(ms, 0), mean(ms, 1), ms.size()));
    }
    return scores;
  }

  /** The candidates of every system (top 10, other regions) and of the topic query, unjudged ones only. */
  private static void pool(Path corpus, PrintStream out) throws IOException {
    SimilarJudgements judged = SimilarJudgements.read(corpus.resolve("eval"));
    List<Record> records = StandardPipeline.loader().load(corpus).records();
    Map<String, Record> byId = byId(records);
    withService(records, search -> {
      SimilarSystems systems = new SimilarSystems(search);
      for (SimilarJudgements.Seed seed : judged.seeds()) {
        Record r = byId.get(seed.recordId());
        Set<String> pool = new LinkedHashSet<>();
        pool.addAll(systems.service(r, K));
        pool.addAll(systems.moreLikeThis(r, K));
        pool.addAll(systems.bm25(r, K));
        search.search(new SearchRequest(seed.topicQuery(), 1, 30, SearchRequest.Sort.RELEVANCE,
                se.regionsok.search.Filters.NONE, 1, false, true)).hits().stream()
            .filter(h -> !h.region().equals(r.region())).limit(15).map(Hit::id).forEach(pool::add);
        pool.removeAll(judged.gradesOf(seed.id()).keySet());
        pool.remove(r.id());
        out.printf("=== %s %s [%s] %s: %s%n    %s%n", seed.id(), r.id(), r.region(), seed.topicQuery(),
            r.title(), clip(r.text(), 300));
        for (String id : pool) {
          Record c = byId.get(id);
          out.printf("  %s [%s] %s | %s%n", id, c.region(), clip(c.title(), 90), clip(c.text(), 220));
        }
      }
    });
  }

  @FunctionalInterface
  private interface ServiceWork {
    void apply(SearchService search) throws IOException;
  }

  /** Builds the production index of the records in a temporary folder and serves it to the work. */
  private static void withService(List<Record> records, ServiceWork work) throws IOException {
    Path dir = Files.createTempDirectory("regionsok-similar-eval");
    IndexLayout layout = new IndexLayout(dir);
    try {
      new IndexBuilder(layout, Profile.PRODUCTION.index()).build(records);
      try (SearchService search = new SearchService(layout)) {
        work.apply(search);
      }
    } finally {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static Map<String, Record> byId(List<Record> records) {
    return records.stream().collect(Collectors.toMap(Record::id, Function.identity(), (a, b) -> a));
  }

  private static String clip(String s, int n) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() > n ? flat.substring(0, n) + "…" : flat;
  }

  private static double mean(List<double[]> values, int i) {
    return values.stream().mapToDouble(v -> v[i]).average().orElse(0);
  }

  private static void print(Map<String, Map<String, Scores>> results, Map<String, double[]> baseline,
      PrintStream out) {
    out.printf(Locale.ROOT, "%nSimilar records (judged seeds; P@10 counts grade ≥ 1)%n");
    out.printf(Locale.ROOT, "%-34s %10s %10s %10s %10s%n", "system", "tune nDCG", "tune P@10",
        "held nDCG", "held P@10");
    baseline.forEach((name, v) -> out.printf(Locale.ROOT, "%-34s %10.3f %10.3f %10.3f %10.3f%n",
        name + " (recorded)", v[0], v[1], v[2], v[3]));
    results.forEach((name, s) -> out.printf(Locale.ROOT, "%-34s %10.3f %10.3f %10.3f %10.3f%n", name,
        s.get("tune").ndcg10(), s.get("tune").p10(), s.get("held-out").ndcg10(), s.get("held-out").p10()));
  }

  /** Recorded figures: name → tune nDCG@10, tune P@10, held-out nDCG@10, held-out P@10. */
  public static Map<String, double[]> readBaseline(Path file) throws IOException {
    Map<String, double[]> baseline = new LinkedHashMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          baseline.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
              Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
      }
    }
    return baseline;
  }
}
