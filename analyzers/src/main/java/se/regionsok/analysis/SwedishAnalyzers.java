package se.regionsok.analysis;

import se.regionsok.schema.SearchFields;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The analysis chains of the index, one per field, in two entry points:
 *
 * <ul>
 *   <li>{@link #perField()} — <b>index time</b> (the indexer's IndexWriterConfig). Adds the parts
 *       of compounds at the compound's position, so a query for a part finds the compound.
 *   <li>{@link #queryPerField()} — <b>query time</b> (the search API's query parser). Never
 *       splits compounds (a compound query stays one precise term) and expands the synonyms and
 *       acronyms of {@code synonyms.txt} as a token graph; the parser must turn multi-word
 *       alternatives into phrases ({@code QueryBuilder.setAutoGenerateMultiTermSynonymsPhraseQuery(true)}).
 * </ul>
 *
 * <p>Both sides share every other step, so they always agree: lower case → (ASCII folding on the
 * *_folded fields) → stop words, removed without leaving position gaps (so the phrase a
 * multi-word synonym becomes, "fond rättvis omställning", matches "fonden för en rättvis
 * omställning") → dictionary lemma (hunspell sv_SE; compounds get their head
 * lemmatized) → Snowball Swedish for words the dictionary does not know (names, OCR damage).
 */
public final class SwedishAnalyzers {
  private static final String SYNONYMS = "synonyms.txt";
  /** One-way expansions for OCR misreadings, applied to the folded fields only ("ai" → "al"). */
  private static final String OCR_SYNONYMS = "ocr-synonyms.txt";
  private static final String COMPOUND_NONPARTS = "compound-nonparts.txt";
  /** Weighted related words (mythes-sv, reviewed) and adjective/noun derivations, query time only. */
  private static final String[] RELATED = {"thesaurus.txt", "derivations.txt"};
  /**
   * A synonym's weight beside the word as typed, so the word typed ranks first. 0.7 cost the
   * synonym kind 0.007 nDCG@10; 0.85 costs nothing (the tuning half is equal at 0.85 and 1).
   */
  static final float SYNONYM_WEIGHT = 0.85f;

  private SwedishAnalyzers() {}

  /** Index time, stemmed fields: lemmas, plus the lemmas of compound parts. */
  public static Analyzer stemmed() {
    return new Chain(Variant.plain(), true, true, null, null);
  }

  /** Index time, folded fields: as {@link #stemmed()} on text folded to ASCII (å, ä → a; ö → o). */
  public static Analyzer folded() {
    return new Chain(Variant.folded(), true, true, null, null);
  }

  /** Lower-cased words, nothing removed, optionally folded to ASCII: the spelling vocabulary. */
  public static Analyzer spelling(boolean folding) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = new LowerCaseFilter(source);
        return new TokenStreamComponents(source, folding ? new ASCIIFoldingFilter(words) : words);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream words = new LowerCaseFilter(in);
        return folding ? new ASCIIFoldingFilter(words) : words;
      }
    };
  }

  /** Query time, stemmed fields: no compound splitting; synonyms (and related words) expanded. */
  public static Analyzer stemmedQuery(boolean related) {
    Variant variant = Variant.plain();
    return new Chain(variant, false, true, synonyms(variant, SYNONYMS), related ? related(variant) : null);
  }

  /** Query time, folded fields: no compound splitting; synonyms, OCR variants (and related words) expanded. */
  public static Analyzer foldedQuery(boolean related) {
    Variant variant = Variant.folded();
    return new Chain(variant, false, true, synonyms(variant, SYNONYMS, OCR_SYNONYMS),
        related ? related(variant) : null);
  }

  /** The index-time analyzer for every field of the index. */
  public static Analyzer perField() {
    return byField(stemmed(), folded());
  }

  /** The query-time analyzer for every field of the index. */
  public static Analyzer queryPerField() {
    return queryPerField(true);
  }

  /** As above; {@code related}: with the weighted thesaurus and derivations (ops/eval measures both). */
  public static Analyzer queryPerField(boolean related) {
    return byField(stemmedQuery(related), foldedQuery(related));
  }

  /**
   * The chains the relevance evaluation ({@code ops/eval}) measures side by side, each adding one
   * component to the one before; {@link #PRODUCTION} is {@link #perField()} / {@link #queryPerField()}.
   */
  public enum Profile {
    /** Lucene's stock SwedishAnalyzer (Snowball, stop words) on every text field, no folding. */
    STOCK,
    /** Snowball with diacritic folding on the folded fields. */
    SNOWBALL_FOLDED,
    /** Hunspell lemmas before Snowball. */
    LEMMAS,
    /** Compound parts added at index time. */
    COMPOUNDS,
    /** Synonyms and acronyms expanded at query time: what the service runs. */
    PRODUCTION;

    public Analyzer index() {
      return switch (this) {
        case STOCK -> byField(new SwedishAnalyzer(), new SwedishAnalyzer());
        case SNOWBALL_FOLDED -> byField(new Chain(Variant.plain(), false, false, null, null),
            new Chain(Variant.folded(), false, false, null, null));
        case LEMMAS -> byField(new Chain(Variant.plain(), false, true, null, null),
            new Chain(Variant.folded(), false, true, null, null));
        case COMPOUNDS, PRODUCTION -> perField();
      };
    }

    public Analyzer query() {
      return switch (this) {
        case STOCK, SNOWBALL_FOLDED, LEMMAS -> index();
        case COMPOUNDS -> byField(new Chain(Variant.plain(), false, true, null, null),
            new Chain(Variant.folded(), false, true, null, null));
        case PRODUCTION -> queryPerField();
      };
    }
  }

  private static Analyzer byField(Analyzer stemmed, Analyzer folded) {
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
        SearchFields.TITLE, stemmed,
        SearchFields.TEXT, stemmed,
        SearchFields.GOALS, stemmed,
        SearchFields.OUTPUTS, stemmed,
        SearchFields.EFFECTS, stemmed,
        SearchFields.TITLE_FOLDED, folded,
        SearchFields.TEXT_FOLDED, folded,
        SearchFields.SPELL, spelling(false),
        SearchFields.SPELL_FOLDED, spelling(true)));
  }

  /**
   * Where the parts of a compound begin after its first (empty for a word that is no compound of
   * known parts), as the analysis splits it: places where a long word may break across lines.
   */
  public static List<Integer> compoundBoundaries(String word) {
    return Variant.plain().splitter().split(word.toLowerCase(Locale.ROOT))
        .map(CompoundSplitter.Compound::boundaries).orElse(List.of());
  }

  /** Folds one word as the folded chain does (å, ä → a; ö → o). */
  public static String fold(String word) {
    return SwedishDictionary.foldDiacritics(word.toLowerCase(Locale.ROOT));
  }

  /** What differs between the stemmed and the folded chains: folding, dictionary, stop words. */
  private record Variant(boolean folding, SwedishDictionary dictionary, CharArraySet stopWords,
      CompoundSplitter splitter) {

    static Variant plain() {
      return Holder.PLAIN;
    }

    static Variant folded() {
      return Holder.FOLDED;
    }

    private static Variant create(boolean folding) {
      UnaryOperator<String> normalize = folding ? SwedishAnalyzers::fold : UnaryOperator.identity();
      SwedishDictionary dictionary = folding ? SwedishDictionary.folded() : SwedishDictionary.get();
      CharArraySet stops = new CharArraySet(200, true);
      for (Object word : SwedishAnalyzer.getDefaultStopSet()) {
        stops.add(normalize.apply(new String((char[]) word)));
      }
      Set<String> nonParts = words(COMPOUND_NONPARTS).stream().map(normalize)
          .collect(Collectors.toUnmodifiableSet());
      return new Variant(folding, dictionary, CharArraySet.unmodifiableSet(stops),
          new CompoundSplitter(dictionary, nonParts));
    }

    TokenStream normalized(Tokenizer source) {
      TokenStream stream = new LowerCaseFilter(source);
      return folding ? new ASCIIFoldingFilter(stream) : stream;
    }
  }

  /** Built once: the dictionaries and splitters are large and immutable. */
  private static final class Holder {
    static final Variant PLAIN = Variant.create(false);
    static final Variant FOLDED = Variant.create(true);
  }

  private static final class Chain extends Analyzer {
    private final Variant variant;
    private final boolean splitCompounds;
    private final boolean lemmas;
    private final SynonymMap synonyms;
    private final Map<String, List<ThesaurusFilter.Related>> related;

    Chain(Variant variant, boolean splitCompounds, boolean lemmas, SynonymMap synonyms,
        Map<String, List<ThesaurusFilter.Related>> related) {
      this.variant = variant;
      this.splitCompounds = splitCompounds;
      this.lemmas = lemmas;
      this.synonyms = synonyms;
      this.related = related;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = variant.normalized(source);
      stream = new ClosePositionGapsFilter(new StopFilter(stream, variant.stopWords()));
      if (splitCompounds) {
        stream = new CompoundPartsFilter(stream, variant.splitter());
      }
      if (lemmas) {
        stream = new LemmaFilter(stream, variant.dictionary(), variant.splitter());
      }
      stream = new SnowballFilter(stream, new SwedishStemmer());
      if (synonyms != null) {
        stream = new SynonymWeightFilter(new SynonymGraphFilter(stream, synonyms, true), SYNONYM_WEIGHT);
      }
      if (related != null) {
        stream = new ThesaurusFilter(stream, related);
      }
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream stream = new LowerCaseFilter(in);
      return variant.folding() ? new ASCIIFoldingFilter(stream) : stream;
    }
  }

  /**
   * Parses synonym files through the chain they are applied after (same variant, no splitting),
   * so "regionala utvecklingsstrategin" in the file matches the lemmas the query produces. 
   */
  private static SynonymMap synonyms(Variant variant, String... files) {
    Analyzer entries = new Chain(variant, false, true, null, null);
    try {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
      for (String file : files) {
        parser.parse(new InputStreamReader(resource(file), StandardCharsets.UTF_8));
      }
      return parser.build();
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("cannot read the synonym files", e);
    }
  }

  /**
   * The related words of {@link #RELATED}, both sides analysed as the chain analyses a query word
   * (lemma, folded on the folded fields); pairs that analyse to more than one word are left out.
   */
  private static Map<String, List<ThesaurusFilter.Related>> related(Variant variant) {
    Analyzer entries = new Chain(variant, false, true, null, null);
    Map<String, List<ThesaurusFilter.Related>> related = new java.util.HashMap<>();
    for (String file : RELATED) {
      for (String line : lines(file)) {
        String[] f = line.split("\t");
        String word = oneTerm(entries, f[0]);
        String other = oneTerm(entries, f[1]);
        if (word != null && other != null && !word.equals(other)) {
          related.computeIfAbsent(word, w -> new java.util.ArrayList<>())
              .add(new ThesaurusFilter.Related(other, Float.parseFloat(f[2])));
        }
      }
    }
    return Map.copyOf(related);
  }

  private static String oneTerm(Analyzer analyzer, String word) {
    try (TokenStream tokens = analyzer.tokenStream(SearchFields.TEXT, word)) {
      var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var increment = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      tokens.reset();
      String first = null;
      int positions = 0;
      while (tokens.incrementToken()) {
        positions += increment.getPositionIncrement();
        first = first == null ? term.toString() : first;
      }
      tokens.end();
      return positions == 1 ? first : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String file) {
    try (InputStream in = resource(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> words(String file) {
    try (InputStream in = resource(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .filter(line -> !line.isEmpty())
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String file) {
    InputStream in = SwedishAnalyzers.class.getResourceAsStream(file);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + file));
    }
    return in;
  }
}
