package se.regionsok.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import se.regionsok.analysis.SwedishAnalyzers;

/**
 * Infers Agenda 2030 goals from what a text is about, transparently: each goal has a curated list
 * of Swedish terms (sdg-terms.tsv); text and terms go through the folded analysis chain of the
 * index (so inflections and lost diacritics match), and a goal's evidence is the number of its
 * different terms that occur. A goal is inferred when its evidence reaches a threshold that grows
 * with the length of the text: one term in a short initiative row is a signal, one term in a long
 * report answer is noise.
 */
final class SdgTermInference {
  private record Term(int goal, String tokens) {}

  /** Every this many analysed tokens of text ask for one more term of evidence. */
  static final int TOKENS_PER_EXTRA_TERM = 150;

  private final Analyzer analyzer = SwedishAnalyzers.folded();
  private final List<Term> terms = new ArrayList<>();

  SdgTermInference() {
    for (List<String> row : ResourceTable.read("sdg-terms.tsv")) {
      int goal = Integer.parseInt(row.get(0));
      Arrays.stream(row.get(1).split(","))
          .map(String::strip)
          .filter(term -> !term.isEmpty())
          .forEach(term -> terms.add(new Term(goal, tokens(term))));
    }
  }

  /** Goal → number of its different terms found in the analysed text. */
  private Map<Integer, Integer> evidence(String tokens) {
    Map<Integer, Integer> evidence = new TreeMap<>();
    for (Term term : terms) {
      if (!term.tokens().isBlank() && tokens.contains(term.tokens())) {
        evidence.merge(term.goal(), 1, Integer::sum);
      }
    }
    return evidence;
  }

  /** Goals with at least minTerms terms of evidence, plus one per {@link #TOKENS_PER_EXTRA_TERM} tokens. */
  TreeSet<Integer> infer(String text, int minTerms) {
    String tokens = tokens(text);
    int required = minTerms + (tokens.length() - tokens.replace(" ", "").length() - 1) / TOKENS_PER_EXTRA_TERM;
    TreeSet<Integer> goals = new TreeSet<>();
    evidence(tokens).forEach((goal, count) -> {
      if (count >= required) {
        goals.add(goal);
      }
    });
    return goals;
  }

  /** The analysed tokens joined by single spaces and padded, so " a b " finds a whole phrase. */
  private String tokens(String text) {
    StringBuilder out = new StringBuilder(" ");
    try (TokenStream stream = analyzer.tokenStream("text", text == null ? "" : text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.append(term).append(' ');
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
