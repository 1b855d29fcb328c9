package se.regionsok.search;

import static se.regionsok.schema.SearchFields.SPELL;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;

/**
 * Search-box completions: initiative and section names plus the corpus' frequent words, matched
 * by the prefix of any of their words with or without diacritics (Lucene's
 * AnalyzingInfixSuggester over folded tokens), ranked by how many records they occur in. Built in
 * memory once per index version.
 */
public final class Completions {
  /** A word must occur in this many records to be offered. */
  private static final int MIN_WORD_RECORDS = 3;
  /** Names rank above single words of the same frequency. */
  private static final int NAME_WEIGHT = 4;

  private final AnalyzingInfixSuggester suggester;
  private final Map<String, Long> counts;

  public record Completion(String text, long count) {}

  private Completions(AnalyzingInfixSuggester suggester, Map<String, Long> counts) {
    this.suggester = suggester;
    this.counts = counts;
  }

  public List<Completion> lookup(String prefix, int size) throws IOException {
    if (prefix.isBlank()) {
      return List.of();
    }
    List<Completion> out = new ArrayList<>();
    for (Lookup.LookupResult r : suggester.lookup(prefix, size, true, false)) {
      String text = r.key.toString();
      out.add(new Completion(text, counts.getOrDefault(text, 0L)));
    }
    return out;
  }

  static Completions build(IndexSearcher searcher) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    Map<String, Long> weights = new HashMap<>();
    TopDocs all = searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().maxDoc()));
    for (ScoreDoc doc : all.scoreDocs) {
      Record r = SearchService.recordAt(searcher, doc.doc);
      if (!r.placeholder() && isName(r)) {
        counts.merge(r.title(), 1L, Long::sum);
        weights.merge(r.title(), (long) NAME_WEIGHT, Long::sum);
      }
    }
    addFrequentWords(searcher.getIndexReader(), counts, weights);
    AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
        foldedWords(), foldedWords(), 2, true);
    suggester.build(new Entries(weights.entrySet().iterator()));
    return new Completions(suggester, counts);
  }

  /** Initiative names and section headings are names; question texts are not. */
  private static boolean isName(Record r) {
    return Set.of(DocType.INITIATIVE, DocType.PROJECT_SECTION, DocType.SECTION).contains(r.docType())
        && r.title().length() <= 120;
  }

  private static void addFrequentWords(IndexReader reader, Map<String, Long> counts,
      Map<String, Long> weights) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, SPELL);
    if (terms == null) {
      return;
    }
    TermsEnum words = terms.iterator();
    for (BytesRef term = words.next(); term != null; term = words.next()) {
      String word = term.utf8ToString();
      if (words.docFreq() >= MIN_WORD_RECORDS && word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
        counts.merge(word, (long) words.docFreq(), Long::sum);
        weights.merge(word, (long) words.docFreq(), Long::sum);
      }
    }
  }

  private static Analyzer foldedWords() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
      }
    };
  }

  /** The suggester's input: text and weight, no payloads or contexts. */
  private static final class Entries implements InputIterator {
    private final Iterator<Map.Entry<String, Long>> entries;
    private long weight;

    Entries(Iterator<Map.Entry<String, Long>> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      Map.Entry<String, Long> e = entries.next();
      weight = e.getValue();
      return new BytesRef(e.getKey());
    }

    @Override
    public long weight() {
      return weight;
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }

  /** One Completions per index version, built on first use. */
  static final class Cache {
    private String version;
    private Completions completions;

    synchronized Completions forVersion(String indexVersion, IndexSearcher searcher) throws IOException {
      if (!indexVersion.equals(version)) {
        Completions fresh = build(searcher);
        if (completions != null) {
          completions.suggester.close();
        }
        completions = fresh;
        version = indexVersion;
      }
      return completions;
    }
  }
}
