package se.regionsok.analysis;

import java.util.List;

/**
 * The topic vocabulary (topics.tsv): per topic its path ("Energi/Vätgas"), the EU cohesion-policy
 * intervention field it corresponds to, and its terms, each with its analysed form. The indexer
 * tags records with it; the search reads a query word that is one of its terms as naming the topic.
 */
public final class TopicVocabulary {
  /** A term as written in the vocabulary and as the folded chain analyses it (padded). */
  public record Term(String word, String tokens) {}

  /**
   * @param terms every term as written (a query word naming the topic is one of them)
   * @param evidence the terms that count a mention in a text: without those holding a shorter term
   *     of the topic ("regionalt serviceprogram" holds "serviceprogram", "vätgasmack" its part
   *     "vätgas"), which already finds them; counting both would make one mention two pieces of evidence
   */
  public record Entry(String path, String interventionField, List<Term> terms, List<Term> evidence) {
    public String name() {
      return path.substring(path.indexOf('/') + 1);
    }
  }

  private final List<Entry> entries;

  private TopicVocabulary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static TopicVocabulary standard() {
    return new TopicVocabulary(ResourceTable.read(TopicVocabulary.class, "topics.tsv").stream()
        .map(row -> {
          List<Term> terms = ResourceTable.alternatives(row.get(2)).stream()
              .map(word -> new Term(word, FoldedTokens.of(word)))
              .filter(term -> !term.tokens().isBlank())
              .toList();
          return new Entry(row.get(0), row.get(1), terms, withoutContained(terms));
        })
        .toList());
  }

  private static List<Term> withoutContained(List<Term> terms) {
    return terms.stream().filter(t -> terms.stream().noneMatch(other -> other != t
        && !other.tokens().equals(t.tokens()) && t.tokens().contains(other.tokens()))).toList();
  }

  public List<Entry> entries() {
    return entries;
  }
}
