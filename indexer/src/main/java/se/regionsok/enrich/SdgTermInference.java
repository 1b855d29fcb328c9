package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.regionsok.analysis.FoldedTokens;
import se.regionsok.analysis.ResourceTable;

/**
 * Infers Agenda 2030 goals from what a text is about, transparently: each goal has a curated list
 * of Swedish terms (sdg-terms.tsv); text and terms go through the folded analysis chain of the
 * index (so inflections and lost diacritics match). {@link #evidence} finds, per goal, the
 * different terms that occur and how often; a {@link Scoring} decides which goals that evidence
 * carries: enough different terms for the length of the text, and a large enough share of all the
 * goal terms the text holds, so that a goal the text is mostly about is inferred and one it
 * mentions beside others is not.
 */
final class SdgTermInference {
  /**
   * How evidence is weighed. effectsWeight: the weight of a term found only in the "Effekter" part
   * (what the work may lead to, e.g. "fler företag och arbetstillfällen"); a term in the rest of
   * the text weighs 1. tokensPerExtraTerm: every this many analysed tokens of text ask for one more
   * unit of evidence (0: none). minEvidence: the evidence a short text needs. topicWeight: the
   * evidence a topic of the record that serves the goal adds (sdg-topics.tsv; 0: topics are not
   * used). minShare: the goal's part of all goal-term occurrences in the text (0: any). answers:
   * report and grant answers are inferred too (false: only initiatives and project sections, the
   * records that describe one piece of work). withinArea: only goals the work of the record's
   * stated policy area can serve (sdg-areas.tsv).
   */
  record Scoring(double effectsWeight, int tokensPerExtraTerm, double minEvidence, double topicWeight, double minShare,
      boolean answers, boolean withinArea) {
    /** Terms only, on every kind of record, whatever their share and area. */
    Scoring(double effectsWeight, int tokensPerExtraTerm, double minEvidence) {
      this(effectsWeight, tokensPerExtraTerm, minEvidence, 0, 0, true, false);
    }

    double required(int tokens) {
      return minEvidence + (tokensPerExtraTerm == 0 ? 0 : Math.max(0, tokens - 1) / tokensPerExtraTerm);
    }
  }

  /**
   * A goal's terms found in a text, in the order of sdg-terms.tsv: how many occur outside the
   * effects part, how many only inside it, and how often they occur in all.
   */
  record GoalTerms(List<String> terms, int outsideEffects, int onlyInEffects, int occurrences) {}

  /**
   * What a text offers: per goal its terms, the number of analysed tokens, the goals the record's
   * topics serve with the topics' words, and the goals its policy area can serve (null: any).
   */
  record Evidence(Map<Integer, GoalTerms> terms, int tokens, Map<Integer, List<String>> topicGoals, Set<Integer> areaGoals) {
    static final Evidence NONE = new Evidence(Map.of(), 0, Map.of(), null);

    int occurrences() {
      return terms.values().stream().mapToInt(GoalTerms::occurrences).sum();
    }
  }

  /** A curated term as written (shown as evidence), as analysed (matched) and its place in the list. */
  private record Term(String written, String tokens, int order) {}

  /** Goal → its terms, longest analysed form first so that a longer term is matched before its parts. */
  private final Map<Integer, List<Term>> termsByGoal = new TreeMap<>();

  SdgTermInference() {
    int order = 0;
    for (List<String> row : ResourceTable.read(SdgTermInference.class, "sdg-terms.tsv")) {
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
   * The goal terms in text; effects is the part of text that says what the work led or may lead to
   * (null or empty when there is none). A term found only inside a longer term of the same goal is
   * not counted again ("vuxenutbildning" is one term, not also "utbildning"). The record's topic
   * goals and area goals are kept beside the terms for the scoring.
   */
  Evidence evidence(String text, String effects, Map<Integer, List<String>> topicGoals, Set<Integer> areaGoals) {
    String tokens = FoldedTokens.of(text);
    String effectTokens = FoldedTokens.of(effects);
    Map<Integer, GoalTerms> byGoal = new TreeMap<>();
    termsByGoal.forEach((goal, terms) -> {
      String unmatched = tokens;
      String unmatchedEffects = effectTokens;
      List<Term> found = new ArrayList<>();
      int outsideEffects = 0;
      int occurrences = 0;
      for (Term term : terms) {
        int count = FoldedTokens.count(unmatched, term.tokens());
        if (count > 0) {
          outsideEffects += count > FoldedTokens.count(unmatchedEffects, term.tokens()) ? 1 : 0;
          occurrences += count;
          found.add(term);
          unmatched = unmatched.replace(term.tokens(), " ");
          unmatchedEffects = unmatchedEffects.replace(term.tokens(), " ");
        }
      }
      if (!found.isEmpty()) {
        List<String> written = found.stream().sorted(Comparator.comparingInt(Term::order)).map(Term::written).toList();
        byGoal.put(goal, new GoalTerms(written, outsideEffects, found.size() - outsideEffects, occurrences));
      }
    });
    return new Evidence(byGoal, FoldedTokens.length(tokens), topicGoals, areaGoals);
  }

  /**
   * The goals the evidence carries under a scoring, each with the terms it was inferred from, then
   * the words of the topics that serve it.
   */
  static Map<Integer, List<String>> infer(Evidence evidence, Scoring scoring) {
    int allOccurrences = evidence.occurrences();
    Map<Integer, List<String>> goals = new TreeMap<>();
    for (int goal = 1; goal <= 17; goal++) {
      GoalTerms terms = evidence.terms().get(goal);
      List<String> topicWords = scoring.topicWeight() > 0 ? evidence.topicGoals().getOrDefault(goal, List.of()) : List.of();
      double weight = (terms == null ? 0 : terms.outsideEffects() + scoring.effectsWeight() * terms.onlyInEffects())
          + (topicWords.isEmpty() ? 0 : scoring.topicWeight());
      double share = terms == null ? 0 : (double) terms.occurrences() / allOccurrences;
      boolean inArea = !scoring.withinArea() || evidence.areaGoals() == null || evidence.areaGoals().contains(goal);
      if (inArea && weight > 0 && weight >= scoring.required(evidence.tokens()) && share >= scoring.minShare()) {
        List<String> words = new ArrayList<>(terms == null ? List.of() : terms.terms());
        topicWords.stream().filter(w -> !words.contains(w)).forEach(words::add);
        goals.put(goal, words);
      }
    }
    return goals;
  }
}
