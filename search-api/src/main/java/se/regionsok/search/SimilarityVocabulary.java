package se.regionsok.search;

import static se.regionsok.schema.SearchFields.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import se.regionsok.record.DocType;

/**
 * The index terms that never count as evidence that two records are alike, for one index
 * version: words of the report template (every word of a template question, learned from the
 * titles of the records that answer one), words in more than {@link #MAX_DF_SHARE} of all records
 * (the table's "Prestationer", "Effekter", "samverkan"), place names (place-names.txt) and a
 * few activity words the frequency does not catch (generic-terms.txt), and stop words (which
 * the index has only as parts of compounds).
 */
final class SimilarityVocabulary {
  static final double MAX_DF_SHARE = 0.06;
  /** A title word in this many question records is the template's. */
  static final int TEMPLATE_MIN_QUESTIONS = 2;

  private final Set<String> excluded;
  private final int maxDocFreq;

  private SimilarityVocabulary(Set<String> excluded, int maxDocFreq) {
    this.excluded = excluded;
    this.maxDocFreq = maxDocFreq;
  }

  static SimilarityVocabulary of(IndexSearcher searcher, Analyzer analyzer, FacetsConfig config)
      throws IOException {
    Set<String> excluded = new HashSet<>(templateTerms(searcher, config));
    // the chain drops stop words before splitting compounds, so a part can still be one ("själv")
    for (Object stop : SwedishAnalyzer.getDefaultStopSet()) {
      excluded.add(new String((char[]) stop));
    }
    for (String file : new String[] {"place-names.txt", "generic-terms.txt"}) {
      for (String line : lines(file)) {
        excluded.addAll(AnalysedText.terms(analyzer, line));
      }
    }
    int maxDocFreq = (int) Math.max(2, MAX_DF_SHARE * searcher.getIndexReader().numDocs());
    return new SimilarityVocabulary(Set.copyOf(excluded), maxDocFreq);
  }

  /** Whether a term with this document frequency may count as shared evidence. */
  boolean distinctive(String term, int docFreq) {
    return docFreq <= maxDocFreq && docFreq >= 2 && !excluded.contains(term)
        && term.length() >= 3 && term.chars().allMatch(Character::isLetter);
  }

  /** Title terms of records that are not initiatives, i.e. of the template's questions. */
  private static Set<String> templateTerms(IndexSearcher searcher, FacetsConfig config) throws IOException {
    TermQuery initiatives = new TermQuery(DrillDownQuery.term(
        config.getDimConfig(FACET_DOC_TYPE).indexFieldName, FACET_DOC_TYPE, DocType.INITIATIVE));
    Weight weight = searcher.createWeight(searcher.rewrite(initiatives), ScoreMode.COMPLETE_NO_SCORES, 1);
    java.util.Map<String, Integer> questions = new java.util.HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FixedBitSet isInitiative = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
      var scorer = weight.scorer(leaf);
      if (scorer != null) {
        DocIdSetIterator it = scorer.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          isInitiative.set(d);
        }
      }
      Terms terms = leaf.reader().terms(TITLE);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        int n = 0;
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (!isInitiative.get(d)) {
            n++;
          }
        }
        if (n > 0) {
          questions.merge(term.utf8ToString(), n, Integer::sum);
        }
      }
    }
    Set<String> template = new HashSet<>();
    questions.forEach((term, n) -> {
      if (n >= TEMPLATE_MIN_QUESTIONS) {
        template.add(term);
      }
    });
    return template;
  }

  private static java.util.List<String> lines(String file) {
    try (InputStream in = SimilarityVocabulary.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource se/regionsok/search/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
