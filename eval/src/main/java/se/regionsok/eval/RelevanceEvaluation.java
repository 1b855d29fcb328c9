package se.regionsok.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import se.regionsok.analysis.SwedishAnalyzers.Profile;
import se.regionsok.build.CorpusLoader;
import se.regionsok.build.StandardPipeline;
import se.regionsok.index.IndexBuilder;
import se.regionsok.schema.IndexLayout;
import se.regionsok.record.Record;
import se.regionsok.search.Filters;
import se.regionsok.search.Hit;
import se.regionsok.search.SearchRequest;
import se.regionsok.search.SearchService;

/**
 * Runs the judged query set against every analysis profile, each on its own index of the same
 * records, and prints nDCG@10, Recall@20 and MRR overall, per kind of query and per half of the
 * set (odd query numbers tune, even ones are held out). Compares the production profile with the
 * committed baseline: {@code RelevanceEvaluation corpusDir [--write-baseline]}.
 */
public final class RelevanceEvaluation {
  public static final double ALLOWED_DROP = 0.02;
  static final String BASELINE = "baseline.tsv";

  public record Scores(double ndcg10, double recall20, double mrr, int queries) {}

  private RelevanceEvaluation() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
    boolean writeBaseline = List.of(args).contains("--write-baseline");
    List<Profile> profiles = List.of(args).contains("--production-only")
        ? List.of(Profile.PRODUCTION) : List.of(Profile.values());
    if (List.of(args).contains("--without-repair")) {
      System.out.println("Documents read without text repair:");
      print(Map.of(Profile.PRODUCTION, evaluate(Profile.PRODUCTION,
          StandardPipeline.loader(false).load(corpus).records(), Judgements.read(corpus.resolve("eval")))),
          System.out);
      return;
    }
    Map<Profile, Map<String, Scores>> results = run(corpus, profiles, System.out);
    Path baselineFile = corpus.resolve("eval").resolve(BASELINE);
    double measured = results.get(Profile.PRODUCTION).get("all").ndcg10();
    if (writeBaseline && profiles.size() == Profile.values().length) {
      writeBaseline(baselineFile, results);
      System.out.printf(Locale.ROOT, "baseline written: %s%n", baselineFile);
      return;
    }
    double baseline = readBaseline(baselineFile).getOrDefault(Profile.PRODUCTION.name(), 0.0);
    System.out.printf(Locale.ROOT, "production nDCG@10 %.4f, baseline %.4f%n", measured, baseline);
    if (measured < baseline - ALLOWED_DROP) {
      System.out.println("FAIL: nDCG@10 dropped more than " + ALLOWED_DROP);
      System.exit(1);
    }
  }

  /** Scores per profile, keyed "all", "kind:<kind>", "half:tune", "half:held-out". */
  public static Map<Profile, Map<String, Scores>> run(Path corpus, List<Profile> profiles,
      PrintStream out) throws IOException {
    Judgements judgements = Judgements.read(corpus.resolve("eval"));
    List<Record> records = StandardPipeline.loader().load(corpus).records();
    Map<Profile, Map<String, Scores>> results = new LinkedHashMap<>();
    for (Profile profile : profiles) {
      results.put(profile, evaluate(profile, records, judgements));
    }
    print(results, out);
    return results;
  }

  private static Map<String, Scores> evaluate(Profile profile, List<Record> records,
      Judgements judgements) throws IOException {
    Path dir = Files.createTempDirectory("regionsok-eval");
    IndexLayout layout = new IndexLayout(dir);
    new IndexBuilder(layout, profile.index()).build(records);
    Map<String, List<double[]>> perGroup = new TreeMap<>();
    try (SearchService search = new SearchService(layout, profile)) {
      for (Judgements.Query q : judgements.queries()) {
        SearchRequest request = new SearchRequest(q.text(), 1, 20, SearchRequest.Sort.RELEVANCE,
            Filters.NONE, 1, false);
        List<String> ranked = search.search(request).hits().stream().map(Hit::id).toList();
        Map<String, Integer> grades = judgements.gradesOf(q.id());
        double[] m = {RankingMetrics.ndcg(ranked, grades, 10), RankingMetrics.recall(ranked, grades, 20),
            RankingMetrics.reciprocalRank(ranked, grades)};
        for (String group : List.of("all", "kind:" + q.kind(), half(q.id()))) {
          perGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
        }
      }
    } finally {
      deleteTree(dir);
    }
    Map<String, Scores> scores = new LinkedHashMap<>();
    perGroup.forEach((group, ms) -> scores.put(group, new Scores(mean(ms, 0), mean(ms, 1), mean(ms, 2), ms.size())));
    return scores;
  }

  /** Odd query numbers tuned the ranking; even ones report it. */
  static String half(String queryId) {
    int n = Integer.parseInt(queryId.replaceAll("\\D", ""));
    return n % 2 == 1 ? "half:tune" : "half:held-out";
  }

  private static double mean(List<double[]> values, int i) {
    return values.stream().mapToDouble(v -> v[i]).average().orElse(0);
  }

  private static void print(Map<Profile, Map<String, Scores>> results, PrintStream out) {
    List<String> groups = new ArrayList<>(results.get(Profile.PRODUCTION).keySet());
    groups.remove("all");
    groups.add(0, "all");
    for (String metric : List.of("nDCG@10", "Recall@20", "MRR")) {
      out.printf(Locale.ROOT, "%n%-28s", metric + " (queries)");
      results.keySet().forEach(p -> out.printf(Locale.ROOT, " %16s", p.name()));
      out.println();
      for (String group : groups) {
        out.printf(Locale.ROOT, "%-28s", group + " (" + results.get(Profile.PRODUCTION).get(group).queries() + ")");
        for (Map<String, Scores> perProfile : results.values()) {
          Scores s = perProfile.get(group);
          double v = metric.equals("nDCG@10") ? s.ndcg10() : metric.equals("MRR") ? s.mrr() : s.recall20();
          out.printf(Locale.ROOT, " %16.3f", v);
        }
        out.println();
      }
    }
  }

  private static void writeBaseline(Path file, Map<Profile, Map<String, Scores>> results) throws IOException {
    StringBuilder text = new StringBuilder("# profile\tnDCG@10 over the whole judged set (ops/eval --write-baseline)\n");
    results.forEach((profile, scores) -> text.append(profile.name()).append('\t')
        .append(String.format(Locale.ROOT, "%.4f", scores.get("all").ndcg10())).append('\n'));
    Files.writeString(file, text);
  }

  public static Map<String, Double> readBaseline(Path file) throws IOException {
    Map<String, Double> baseline = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return baseline;
    }
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        baseline.put(f[0], Double.parseDouble(f[1]));
      }
    }
    return baseline;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
