package se.regionsok.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged set for similar records: {@code similar-seeds.tsv} (seed id, record id, the topic
 * query that helped pool, a note) and TREC {@code similar-qrels.txt} over candidates from other regions.
 */
public record SimilarJudgements(List<Seed> seeds, Map<String, Map<String, Integer>> grades) {

  public record Seed(String id, String recordId, String topicQuery, String note) {
    /** Odd seed numbers tune the ranking; even ones are held out and report it. */
    public String half() {
      return Integer.parseInt(id.replaceAll("\\D", "")) % 2 == 1 ? "tune" : "held-out";
    }
  }

  public static SimilarJudgements read(Path evalDir) throws IOException {
    List<Seed> seeds = new ArrayList<>();
    for (String line : Files.readAllLines(evalDir.resolve("similar-seeds.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        seeds.add(new Seed(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
      }
    }
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    Path qrels = evalDir.resolve("similar-qrels.txt");
    if (Files.exists(qrels)) {
      for (String line : Files.readAllLines(qrels)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.trim().split("\\s+");
          grades.computeIfAbsent(f[0], q -> new HashMap<>()).put(f[2], Integer.parseInt(f[3]));
        }
      }
    }
    return new SimilarJudgements(List.copyOf(seeds), grades);
  }

  public Map<String, Integer> gradesOf(String seedId) {
    return grades.getOrDefault(seedId, Map.of());
  }
}
