package se.regionsok.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import se.regionsok.record.Record;
import se.regionsok.schema.SearchFields;

/**
 * The words that set a record apart: its index terms (lemmas and compound parts) weighted by
 * frequency in the record (title counts double) and rarity in the index (idf), leaving out what
 * {@link SimilarityVocabulary} excludes and names the record itself writes capitalised in
 * mid-sentence ("Ovako", "Hofors"); acronyms (all capitals) stay.
 */
final class DistinctiveTerms {
  static final int MAX_TERMS = 25;
  private static final int TITLE_WEIGHT = 2;

  /** An index term, the shortest word of the record it came from, and its weight. */
  record Weighted(String term, String word, double weight) {}

  private DistinctiveTerms() {}

  static List<Weighted> of(Record record, Analyzer analyzer, IndexReader reader,
      SimilarityVocabulary vocabulary) throws IOException {
    String text = record.goalText() == null ? record.text() : record.text().replace(record.goalText(), " ");
    Map<String, Integer> frequency = new HashMap<>();
    Map<String, String> word = new HashMap<>();
    Set<String> names = new HashSet<>();
    Set<String> lowerCase = new HashSet<>();
    count(record.title(), TITLE_WEIGHT, analyzer, frequency, word, names, lowerCase);
    count(text, 1, analyzer, frequency, word, names, lowerCase);
    names.removeAll(lowerCase);
    int docs = Math.max(1, reader.numDocs());
    List<Weighted> weighted = new java.util.ArrayList<>();
    for (Map.Entry<String, Integer> e : frequency.entrySet()) {
      String term = e.getKey();
      int df = reader.docFreq(new Term(SearchFields.TEXT, term));
      if (names.contains(term) || !vocabulary.distinctive(term, df)) {
        continue;
      }
      double idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
      weighted.add(new Weighted(term, word.get(term), (1 + Math.log(e.getValue())) * idf));
    }
    return weighted.stream().sorted(Comparator.comparingDouble(Weighted::weight).reversed())
        .limit(MAX_TERMS).toList();
  }

  private static void count(String text, int weight, Analyzer analyzer, Map<String, Integer> frequency,
      Map<String, String> word, Set<String> names, Set<String> lowerCase) {
    int previousStart = -1;
    for (AnalysedText.Token token : AnalysedText.tokens(analyzer, text)) {
      String surface = text.substring(token.start(), token.end());
      // a compound's parts share its offsets: "Vätgaskonferenser" makes no name of "vätgas",
      // and the part is shown as its lemma, not as the compound
      boolean part = token.start() == previousStart;
      previousStart = token.start();
      frequency.merge(token.term(), weight, Integer::sum);
      word.merge(token.term(), part ? token.term() : surface.toLowerCase(Locale.ROOT),
          (a, b) -> b.length() < a.length() ? b : a);
      if (Character.isLowerCase(surface.charAt(0))) {
        lowerCase.add(token.term());
      } else if (!part && midSentence(text, token.start()) && !surface.equals(surface.toUpperCase(Locale.ROOT))) {
        names.add(token.term());
      }
    }
  }

  /** Whether the word at this offset follows other words of its sentence. */
  private static boolean midSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '(')) {
      i--;
    }
    return i >= 0 && Character.isLetterOrDigit(text.charAt(i)) || (i >= 0 && text.charAt(i) == ',');
  }
}
