package se.regionsok.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.regionsok.analysis.SwedishAnalyzers.Profile;
import se.regionsok.build.CorpusLoader;
import se.regionsok.build.StandardPipeline;
import se.regionsok.index.IndexBuilder;
import se.regionsok.schema.IndexLayout;
import se.regionsok.record.Record;
import se.regionsok.search.Filters;
import se.regionsok.search.Hit;
import se.regionsok.search.QueryTechnique;
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
  /** The production profile without any query technique of issue 15: the row they are measured against. */
  public static final String WITHOUT_TECHNIQUES = "PROD-ANALYSIS";
  private static final String HELD_OUT = "half:held-out";

  public record Scores(double ndcg10, double recall20, double mrr, int queries) {}

  private RelevanceEvaluation() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
    boolean writeBaseline = List.of(args).contains("--write-baseline");
    List<Profile> profiles = List.of(args).contains("--production-only")
        ? List.of(Profile.PRODUCTION) : List.of(Profile.values());
    if (List.of(args).contains("--without-repair")) {
      System.out.println("Documents read without text repair:");
      print(evaluate(Profile.PRODUCTION, StandardPipeline.loader(false).load(corpus).records(),
          Judgements.read(corpus.resolve("eval"))), System.out);
      return;
    }
    Map<String, Map<String, Scores>> results = run(corpus, profiles, System.out);
    Path baselineFile = corpus.resolve("eval").resolve(BASELINE);
    double measured = results.get(Profile.PRODUCTION.name()).get("all").ndcg10();
    if (writeBaseline && profiles.size() == Profile.values().length) {
      writeBaseline(baselineFile, results);
      System.out.printf(Locale.ROOT, "baseline written: %s%n", baselineFile);
      return;
    }
    double baseline = readBaseline(baselineFile).getOrDefault(Profile.PRODUCTION.name(), 0.0);
    System.out.printf(Locale.ROOT, "production nDCG@10 %.4f, baseline %.4f%n", measured, baseline);
    List<String> drops = drops(results, readBaseline(baselineFile));
    if (measured < baseline - ALLOWED_DROP || !drops.isEmpty()) {
      System.out.println("FAIL: nDCG@10 dropped more than " + ALLOWED_DROP + " " + drops);
      System.exit(1);
    }
  }

  /**
   * Scores per column, keyed "all", "kind:<kind>", "half:tune", "half:held-out" and
   * "held-out kind:<kind>": one column per profile, and for the production profile one more per
   * query technique added in turn (today's production row first, then each technique on top).
   */
  public static Map<String, Map<String, Scores>> run(Path corpus, List<Profile> profiles,
      PrintStream out) throws IOException {
    Judgements judgements = Judgements.read(corpus.resolve("eval"));
    List<Record> records = StandardPipeline.loader().load(corpus).records();
    Map<String, Map<String, Scores>> results = new LinkedHashMap<>();
    for (Profile profile : profiles) {
      results.putAll(evaluate(profile, records, judgements));
    }
    print(results, out);
    return results;
  }

  /** The columns of one profile's index: the production profile once per technique step. */
  private static Map<String, Map<String, Scores>> evaluate(Profile profile, List<Record> records,
      Judgements judgements) throws IOException {
    Map<String, Set<QueryTechnique>> columns = new LinkedHashMap<>();
    if (profile == Profile.PRODUCTION) {
      Set<QueryTechnique> step = EnumSet.noneOf(QueryTechnique.class);
      columns.put(WITHOUT_TECHNIQUES, EnumSet.copyOf(step));
      for (QueryTechnique technique : QueryTechnique.values()) {
        step.add(technique);
        columns.put("+" + technique.name(), EnumSet.copyOf(step));
      }
      columns.put(profile.name(), QueryTechnique.PRODUCTION);
    } else {
      columns.put(profile.name(), EnumSet.noneOf(QueryTechnique.class));
    }
    Path dir = Files.createTempDirectory("regionsok-eval");
    IndexLayout layout = new IndexLayout(dir);
    new IndexBuilder(layout, profile.index()).build(records);
    Map<String, Map<String, Scores>> results = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Set<QueryTechnique>> column : columns.entrySet()) {
        try (SearchService search = new SearchService(layout, profile, column.getValue())) {
          results.put(column.getKey(), evaluate(search, judgements));
        }
      }
    } finally {
      deleteTree(dir);
    }
    return results;
  }

  private static Map<String, Scores> evaluate(SearchService search, Judgements judgements) throws IOException {
    Map<String, List<double[]>> perGroup = new TreeMap<>();
    for (Judgements.Query q : judgements.queries()) {
      SearchRequest request = new SearchRequest(q.text(), 1, 20, SearchRequest.Sort.RELEVANCE,
          Filters.NONE, 1, false, false);
      List<String> ranked = search.search(request).hits().stream().map(Hit::id).toList();
      Map<String, Integer> grades = judgements.gradesOf(q.id());
      double[] m = {RankingMetrics.ndcg(ranked, grades, 10), RankingMetrics.recall(ranked, grades, 20),
          RankingMetrics.reciprocalRank(ranked, grades)};
      List<String> groups = new ArrayList<>(List.of("all", "kind:" + q.kind(), half(q.id())));
      if (half(q.id()).equals(HELD_OUT)) {
        groups.add("held-out kind:" + q.kind());
      }
      for (String group : groups) {
        perGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
      }
    }
    Map<String, Scores> scores = new LinkedHashMap<>();
    perGroup.forEach((group, ms) -> scores.put(group, new Scores(mean(ms, 0), mean(ms, 1), mean(ms, 2), ms.size())));
    return scores;
  }

  /** Odd query numbers tuned the ranking; even ones report it. */
  static String half(String queryId) {
    int n = Integer.parseInt(queryId.replaceAll("\\D", ""));
    return n % 2 == 1 ? "half:tune" : HELD_OUT;
  }

  private static double mean(List<double[]> values, int i) {
    return values.stream().mapToDouble(v -> v[i]).average().orElse(0);
  }

  private static void print(Map<String, Map<String, Scores>> results, PrintStream out) {
    Map<String, Scores> production = results.get(Profile.PRODUCTION.name());
    List<String> groups = new ArrayList<>(production.keySet());
    groups.remove("all");
    groups.add(0, "all");
    for (String metric : List.of("nDCG@10", "Recall@20", "MRR")) {
      out.printf(Locale.ROOT, "%n%-34s", metric + " (queries)");
      results.keySet().forEach(column -> out.printf(Locale.ROOT, " %16s", column));
      out.println();
      for (String group : groups) {
        out.printf(Locale.ROOT, "%-34s", group + " (" + production.get(group).queries() + ")");
        for (Map<String, Scores> column : results.values()) {
          out.printf(Locale.ROOT, " %16.3f", value(column.get(group), metric));
        }
        out.println();
      }
    }
    printGains(results, groups, out);
  }

  /** Each query technique's own gain: its column minus the one before it, per kind and half. */
  private static void printGains(Map<String, Map<String, Scores>> results, List<String> groups, PrintStream out) {
    List<String> steps = new ArrayList<>(results.keySet().stream()
        .filter(c -> c.equals(WITHOUT_TECHNIQUES) || c.startsWith("+")).toList());
    if (steps.size() < 2) {
      return;
    }
    for (String metric : List.of("nDCG@10", "Recall@20")) {
      out.printf(Locale.ROOT, "%nGain in %-26s", metric);
      steps.subList(1, steps.size()).forEach(step -> out.printf(Locale.ROOT, " %16s", step));
      out.println();
      for (String group : groups) {
        out.printf(Locale.ROOT, "%-34s", group);
        for (int i = 1; i < steps.size(); i++) {
          out.printf(Locale.ROOT, " %+16.3f", value(results.get(steps.get(i)).get(group), metric)
              - value(results.get(steps.get(i - 1)).get(group), metric));
        }
        out.println();
      }
    }
  }

  private static double value(Scores s, String metric) {
    return metric.equals("nDCG@10") ? s.ndcg10() : metric.equals("MRR") ? s.mrr() : s.recall20();
  }

  private static void writeBaseline(Path file, Map<String, Map<String, Scores>> results) throws IOException {
    StringBuilder text = new StringBuilder("# profile\tnDCG@10 over the whole judged set (ops/eval --write-baseline)\n");
    results.forEach((column, scores) -> text.append(column).append('\t')
        .append(String.format(Locale.ROOT, "%.4f", scores.get("all").ndcg10())).append('\n'));
    results.get(Profile.PRODUCTION.name()).forEach((group, scores) -> {
      if (group.startsWith("kind:")) {
        text.append(Profile.PRODUCTION.name()).append(' ').append(group).append('\t')
            .append(String.format(Locale.ROOT, "%.4f", scores.ndcg10())).append('\n');
      }
    });
    Files.writeString(file, text);
  }

  /** The kinds whose production nDCG@10 fell more than the allowed drop below their baseline row. */
  public static List<String> drops(Map<String, Map<String, Scores>> results, Map<String, Double> baseline) {
    List<String> drops = new ArrayList<>();
    results.get(Profile.PRODUCTION.name()).forEach((group, scores) -> {
      Double before = baseline.get(Profile.PRODUCTION.name() + " " + group);
      if (before != null && scores.ndcg10() < before - ALLOWED_DROP) {
        drops.add(String.format(Locale.ROOT, "%s %.4f < %.4f", group, scores.ndcg10(), before));
      }
    });
    return drops;
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
