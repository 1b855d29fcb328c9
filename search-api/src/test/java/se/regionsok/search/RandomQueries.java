package se.regionsok.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Regions;

/**
 * Random search requests as users and careless scripts send them, from a seed: the words of
 * {@code query-vocabulary.txt} (acronyms, synonyms, frequent words, long compounds), operators
 * ({@code " - | * OR ( ) ~ +}), Unicode (combining marks, right-to-left text, emoji, lone
 * surrogates), 1–60 words, and random filter combinations. About one call in six is invalid on
 * purpose (too long, control characters, unknown values, too many values, a reversed year range)
 * and knows it: {@link Call#invalid()}.
 */
public final class RandomQueries {
  /** The query parameters of one call, and whether it breaks a documented rule (a 400). */
  public record Call(Map<String, List<String>> params, boolean invalid) {
    public String q() {
      return params.getOrDefault("q", List.of("")).get(0);
    }
  }

  private static final List<String> UNICODE = List.of(
      "a\u0308r", "A\u030Angermanland", "o\u0301\u0301\u0301", "\u05E9\u05DC\u05D5\u05DD",
      "\u0627\u0644\u062A\u0646\u0645\u064A\u0629", "\u202Eregion\u202C", "\uD83D\uDE00",
      "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83D", "\uDE00", "v\u00E4t\u200Bgas",
      "\u00A0", "\uFF56\uFF41\uFF54\uFF47\uFF41\uFF53", "\u0130stanbul", "stra\u00DFe", "\uFB01nans",
      "\u4E2D\u6587", "\uFFFD", "\uFEFF");
  private static final List<String> SYNTAX_NOISE = List.of("\"", "(", ")", "-", "|", "*", "~", "+", "\\",
      "OR", "AND", "NOT", "~2", "\"\"", "()", "*-", "||");

  private final Random random;
  private final Map<String, List<String>> vocabulary;

  public RandomQueries(long seed) {
    this.random = new Random(seed);
    this.vocabulary = vocabulary();
  }

  public Call next() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    boolean[] invalid = {false};
    String q = query();
    if (chance(0.03)) {
      q = q + "\u0007";
      invalid[0] = true;
    }
    if (q.length() > RequestParser.MAX_QUERY_LENGTH) {
      invalid[0] = true;
    }
    params.put("q", List.of(q));
    if (chance(0.3)) {
      params.put("size", List.of(String.valueOf(chance(0.03) ? 101 : 1 + random.nextInt(20))));
      invalid[0] |= params.get("size").get(0).equals("101");
    }
    if (chance(0.2)) {
      params.put("page", List.of(String.valueOf(1 + random.nextInt(5))));
    }
    if (chance(0.2)) {
      params.put("sort", List.of(chance(0.5) ? "relevance" : "year"));
    }
    filter(params, invalid, "region", 0.25, () -> pick(Regions.CANONICAL), "Atlantis");
    filter(params, invalid, "area", 0.15, () -> pick(PolicyArea.labels()), "Rymdfart");
    filter(params, invalid, "docType", 0.15, () -> pick(List.of(DocType.INITIATIVE, DocType.REPORT_ANSWER,
        DocType.GRANT_ANSWER, DocType.PROJECT_SECTION)), "memo");
    filter(params, invalid, "sdg", 0.1, () -> String.valueOf(1 + random.nextInt(17)), "18");
    filter(params, invalid, "sdgSource", 0.05, () -> pick(List.of("explicit", "inferred")), "maybe");
    filter(params, invalid, "year", 0.1, () -> String.valueOf(2018 + random.nextInt(8)), "tjugo");
    filter(params, invalid, "rusGoal", 0.05, this::word, "x".repeat(301));
    filter(params, invalid, "program", 0.05, () -> pick(List.of("Interreg", "ESF+", "Regionalfonden")), "y".repeat(301));
    if (chance(0.08)) {
      int from = 2015 + random.nextInt(12);
      int to = chance(0.2) ? from - 1 : from + random.nextInt(5);
      params.put("yearFrom", List.of(String.valueOf(from)));
      params.put("yearTo", List.of(String.valueOf(to)));
      invalid[0] |= to < from;
    }
    return new Call(params, invalid[0]);
  }

  /** 1–60 words, most from the vocabulary, some with operators or Unicode around them. */
  String query() {
    int words = chance(0.7) ? 1 + random.nextInt(6) : 1 + random.nextInt(60);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      double roll = random.nextDouble();
      if (roll < 0.08) {
        parts.add(pick(UNICODE));
      } else if (roll < 0.16) {
        parts.add(pick(SYNTAX_NOISE));
      } else if (roll < 0.22) {
        parts.add("\"" + word() + " " + word() + (chance(0.8) ? "\"" : ""));
      } else if (roll < 0.27) {
        parts.add("-" + word());
      } else if (roll < 0.32) {
        parts.add(word() + "*");
      } else if (roll < 0.36) {
        parts.add(word() + (chance(0.5) ? " OR " : " | ") + word());
      } else if (roll < 0.39) {
        parts.add("(" + word() + " " + word() + (chance(0.7) ? ")" : ""));
      } else {
        parts.add(word());
      }
    }
    String q = String.join(chance(0.05) ? "\t" : " ", parts);
    return chance(0.02) ? q.repeat(2 + random.nextInt(40)) : q;
  }

  private String word() {
    double roll = random.nextDouble();
    String section = roll < 0.3 ? "acronyms" : roll < 0.5 ? "synonyms" : roll < 0.85 ? "words" : "compounds";
    String word = pick(vocabulary.get(section));
    return chance(0.1) ? word.toUpperCase(java.util.Locale.ROOT) : word;
  }

  /** Adds 1–3 valid values of a filter (rarely 101–130, or one invalid value). */
  private void filter(Map<String, List<String>> params, boolean[] invalid, String name, double probability,
      Supplier<String> valid, String invalidValue) {
    if (!chance(probability)) {
      return;
    }
    List<String> values = new ArrayList<>();
    int count = chance(0.03) ? RequestParser.MAX_FILTER_VALUES + 1 + random.nextInt(30) : 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      values.add(valid.get());
    }
    if (count > RequestParser.MAX_FILTER_VALUES) {
      invalid[0] = true;
    } else if (chance(0.05)) {
      values.add(invalidValue);
      invalid[0] = true;
    }
    params.put(name, values);
  }

  private boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static Map<String, List<String>> vocabulary() {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    try (InputStream in = RandomQueries.class.getResourceAsStream("/query-vocabulary.txt")) {
      List<String> current = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String entry = line.strip();
        if (entry.startsWith("[")) {
          current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), s -> new ArrayList<>());
        } else if (!entry.isEmpty() && !entry.startsWith("#") && current != null) {
          current.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sections;
  }
}
