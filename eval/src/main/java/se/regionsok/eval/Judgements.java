package se.regionsok.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The judged query set: {@code queries.tsv} (id, kind, query) and TREC {@code qrels.txt}. */
public record Judgements(List<Query> queries, Map<String, Map<String, Integer>> grades) {

  public record Query(String id, String kind, String text) {}

  public static Judgements read(Path evalDir) throws IOException {
    List<Query> queries = new ArrayList<>();
    for (String line : Files.readAllLines(evalDir.resolve("queries.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      queries.add(new Query(f[0], f[1], f[2]));
    }
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    for (String line : Files.readAllLines(evalDir.resolve("qrels.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      grades.computeIfAbsent(f[0], q -> new HashMap<>()).put(f[2], Integer.parseInt(f[3]));
    }
    return new Judgements(List.copyOf(queries), grades);
  }

  public Map<String, Integer> gradesOf(String queryId) {
    return grades.getOrDefault(queryId, Map.of());
  }
}
