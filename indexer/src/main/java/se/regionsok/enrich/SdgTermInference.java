package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Infers Agenda 2030 goals from what a text is about, transparently: each goal has a curated list
 * of Swedish terms (sdg-terms.tsv); text and terms go through the folded analysis chain of the
 * index (so inflections and lost diacritics match), and a goal's evidence is the number of its
 * different terms that occur. A goal is inferred when its evidence reaches a threshold that grows
 * with the length of the text: one term in a short initiative row is a signal, one term in a long
 * report answer is noise.
 */
final class SdgTermInference {
  /** A curated term as written (shown as evidence) and as analysed (matched). */
  private record Term(int goal, String written, String tokens) {}

  /** Every this many analysed tokens of text ask for one more term of evidence. */
  static final int TOKENS_PER_EXTRA_TERM = 150;

  private final List<Term> terms = new ArrayList<>();

  SdgTermInference() {
    for (List<String> row : ResourceTable.read("sdg-terms.tsv")) {
      int goal = Integer.parseInt(row.get(0));
      Arrays.stream(row.get(1).split(","))
          .map(String::strip)
          .filter(term -> !term.isEmpty())
          .forEach(term -> terms.add(new Term(goal, term, FoldedTokens.of(term))));
    }
  }

  /** Goal → its different terms found in the analysed text, as written in sdg-terms.tsv. */
  private Map<Integer, List<String>> evidence(String tokens) {
    Map<Integer, List<String>> evidence = new TreeMap<>();
    for (Term term : terms) {
      if (!term.tokens().isBlank() && tokens.contains(term.tokens())) {
        evidence.computeIfAbsent(term.goal(), g -> new ArrayList<>()).add(term.written());
      }
    }
    return evidence;
  }

  /**
   * Goals with at least minTerms terms of evidence, plus one per {@link #TOKENS_PER_EXTRA_TERM}
   * tokens, each with the terms it was inferred from.
   */
  Map<Integer, List<String>> infer(String text, int minTerms) {
    String tokens = FoldedTokens.of(text);
    int required = minTerms + (tokens.length() - tokens.replace(" ", "").length() - 1) / TOKENS_PER_EXTRA_TERM;
    Map<Integer, List<String>> goals = new TreeMap<>();
    evidence(tokens).forEach((goal, found) -> {
      if (found.size() >= required) {
        goals.put(goal, List.copyOf(found));
      }
    });
    return goals;
  }
}
