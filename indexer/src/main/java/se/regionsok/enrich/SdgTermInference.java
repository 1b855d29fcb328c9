package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Infers Agenda 2030 goals from what a text is about, transparently: each goal has a curated list
 * of Swedish terms (sdg-terms.tsv); text and terms go through the folded analysis chain of the
 * index (so inflections and lost diacritics match), and a goal's evidence is the weight of its
 * different terms that occur ({@link Scoring}). A goal is inferred when its evidence reaches a
 * threshold that grows with the length of the text: one term in a short initiative row is a
 * signal, one term in a long report answer is noise.
 */
final class SdgTermInference {
  /**
   * How evidence is weighed. nestedTermsOnce: a term inside a longer term of the same goal that
   * matched there is not counted again ("vuxenutbildning" is one term, not also "utbildning").
   * effectsWeight: the weight of a term found only in the "Effekter" part (what the work may lead
   * to, e.g. "fler företag och arbetstillfällen"), a term in the rest of the text weighs 1.
   * tokensPerExtraTerm: every this many analysed tokens of text ask for one more unit of evidence
   * (0: none). minEvidence: the evidence a short text needs. topicWeight: the evidence a topic of
   * the record that serves the goal adds (sdg-topics.tsv; 0: topics are not used). answers: report
   * and grant answers are inferred too (false: only initiatives and project sections, the records
   * that describe one piece of work).
   */
  record Scoring(boolean nestedTermsOnce, double effectsWeight, int tokensPerExtraTerm, double minEvidence,
      double topicWeight, boolean answers) {
    /** Terms only, on every kind of record. */
    Scoring(boolean nestedTermsOnce, double effectsWeight, int tokensPerExtraTerm, double minEvidence) {
      this(nestedTermsOnce, effectsWeight, tokensPerExtraTerm, minEvidence, 0, true);
    }

    double required(int tokens) {
      return minEvidence + (tokensPerExtraTerm == 0 ? 0 : Math.max(0, tokens - 1) / tokensPerExtraTerm);
    }
  }

  /** A curated term as written (shown as evidence), as analysed (matched) and its place in the list. */
  private record Term(String written, String tokens, int order) {}

  /** Goal → its terms, longest analysed form first so that a longer term is matched before its parts. */
  private final Map<Integer, List<Term>> termsByGoal = new TreeMap<>();

  SdgTermInference() {
    int order = 0;
    for (List<String> row : ResourceTable.read("sdg-terms.tsv")) {
      List<Term> terms = termsByGoal.computeIfAbsent(Integer.parseInt(row.get(0)), g -> new ArrayList<>());
      for (String written : Arrays.stream(row.get(1).split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList()) {
        String tokens = FoldedTokens.of(written);
        if (!tokens.isBlank()) {
          terms.add(new Term(written, tokens, order++));
        }
      }
    }
    termsByGoal.values().forEach(terms -> terms.sort(Comparator.comparingInt((Term t) -> t.tokens().length()).reversed()));
  }

  /**
   * Goals whose evidence in text reaches {@link Scoring#required}, each with the terms it was
   * inferred from in the order of sdg-terms.tsv, then the words of the topics that serve it;
   * effects is the part of text that says what the work led or may lead to (null or empty when
   * there is none); topicGoals the goals the record's topics serve, with their words.
   */
  Map<Integer, List<String>> infer(String text, String effects, Map<Integer, List<String>> topicGoals, Scoring scoring) {
    String tokens = FoldedTokens.of(text);
    String effectTokens = FoldedTokens.of(effects);
    int length = FoldedTokens.length(tokens);
    Map<Integer, List<String>> goals = new TreeMap<>();
    termsByGoal.forEach((goal, terms) -> {
      String unmatched = tokens;
      String unmatchedEffects = effectTokens;
      double evidence = 0;
      List<Term> found = new ArrayList<>();
      for (Term term : terms) {
        int count = FoldedTokens.count(unmatched, term.tokens());
        if (count > 0) {
          int inEffects = FoldedTokens.count(unmatchedEffects, term.tokens());
          evidence += count > inEffects ? 1 : scoring.effectsWeight();
          found.add(term);
          if (scoring.nestedTermsOnce()) {
            unmatched = unmatched.replace(term.tokens(), " ");
            unmatchedEffects = unmatchedEffects.replace(term.tokens(), " ");
          }
        }
      }
      List<String> topicWords = scoring.topicWeight() > 0 ? topicGoals.getOrDefault(goal, List.of()) : List.of();
      evidence += topicWords.isEmpty() ? 0 : scoring.topicWeight();
      if (evidence > 0 && evidence >= scoring.required(length)) {
        List<String> words = new ArrayList<>(found.stream().sorted(Comparator.comparingInt(Term::order)).map(Term::written).toList());
        topicWords.stream().filter(w -> !words.contains(w)).forEach(words::add);
        goals.put(goal, words);
      }
    });
    return goals;
  }
}
