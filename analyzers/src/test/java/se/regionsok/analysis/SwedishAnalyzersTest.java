package se.regionsok.analysis;

import se.regionsok.schema.SearchFields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class SwedishAnalyzersTest {
  private static final Analyzer INDEX = SwedishAnalyzers.perField();
  /** The query chain without related words: the analysis of the words themselves. */
  private static final Analyzer QUERY = SwedishAnalyzers.queryPerField(false);

  @Test
  void indexTimeAddsCompoundPartsAtTheCompoundsPosition() {
    assertEquals(List.of("vätgasinfrastruktur|vätgas|infrastruktur"),
        Terms.of(INDEX, SearchFields.TEXT, "vätgasinfrastrukturen"));
    assertEquals(List.of("arbetsmarknadsfråga|arbetsmarknad|fråga", "kompetensförsörjning|kompetens|försörjning"),
        Terms.of(INDEX, SearchFields.TEXT, "Arbetsmarknadsfrågor och kompetensförsörjningen"));
    assertEquals(List.of("vatgasinfrastruktur|vatgas|infrastruktur"),
        Terms.of(INDEX, SearchFields.TEXT_FOLDED, "vatgasinfrastrukturen"));
  }

  @Test
  void queryTimeKeepsCompoundsWhole() {
    assertEquals(List.of("vätgasinfrastruktur"), Terms.of(QUERY, SearchFields.TEXT, "vätgasinfrastruktur"));
    assertEquals(List.of("regional"), Terms.of(QUERY, SearchFields.TEXT, "regionala"));
  }

  @Test
  void relatedWordsStandBesideTheWordBelowItsWeight() throws IOException {
    Analyzer withRelated = SwedishAnalyzers.queryPerField();
    assertEquals(List.of(term(SearchFields.TEXT, "ekonomiska") + "|" + term(SearchFields.TEXT, "ekonomi")),
        Terms.of(withRelated, SearchFields.TEXT, "ekonomiska"));
    assertEquals(List.of(term(SearchFields.TEXT, "regional") + "|" + term(SearchFields.TEXT, "region"),
        term(SearchFields.TEXT, "utveckling")), Terms.of(withRelated, SearchFields.TEXT, "regional utveckling"));
    assertEquals(List.of(term(SearchFields.TEXT_FOLDED, "lantbruket") + "|" + term(SearchFields.TEXT_FOLDED, "jordbruk")),
        Terms.of(withRelated, SearchFields.TEXT_FOLDED, "lantbruket"));
    assertEquals(List.of(term(SearchFields.TEXT, "regionen")), Terms.of(withRelated, SearchFields.TEXT, "regionen"),
        "nouns do not drift to adjectives");
    try (TokenStream tokens = withRelated.tokenStream(SearchFields.TEXT, "ekonomisk")) {
      var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var boost = tokens.addAttribute(org.apache.lucene.search.BoostAttribute.class);
      tokens.reset();
      Map<String, Float> weights = new HashMap<>();
      while (tokens.incrementToken()) {
        weights.put(term.toString(), boost.getBoost());
      }
      tokens.end();
      assertEquals(Map.of(term(SearchFields.TEXT, "ekonomisk"), 1f, term(SearchFields.TEXT, "ekonomi"), 0.5f), weights);
    }
  }

  /** The one term the chain without related words makes of a word. */
  private static String term(String field, String word) {
    List<String> terms = Terms.of(QUERY, field, word);
    assertEquals(1, terms.size(), terms.toString());
    return terms.get(0);
  }

  @Test
  void foldedFieldMatchesTextWithoutDiacritics() {
    assertEquals(Terms.of(INDEX, SearchFields.TEXT_FOLDED, "Företagens hållbara näringsliv"),
        Terms.of(QUERY, SearchFields.TEXT_FOLDED, "foretagens hallbara naringsliv"));
    assertEquals(List.of("foretag", "hallbar", "naringsliv"),
        Terms.of(QUERY, SearchFields.TEXT_FOLDED, "företagens hållbara näringsliv"));
  }

  /** Each line of the vocabulary is one inflection group: one term inside, distinct across. */
  @Test
  void inflectionsConflateToOneTermPerGroup() {
    for (String field : List.of(SearchFields.TEXT, SearchFields.TEXT_FOLDED)) {
      Map<List<String>, String> groupByTerm = new HashMap<>();
      for (String group : Terms.lines("inflection-groups.txt")) {
        String[] words = group.split("\\s+");
        List<String> term = Terms.of(QUERY, field, words[0]);
        for (String word : words) {
          if (field.equals(SearchFields.TEXT_FOLDED) && word.startsWith("mål")) {
            continue; // folded "malen" is also a form of "mala": a known folding collision
          }
          assertEquals(term, Terms.of(QUERY, field, word), field + ": " + word);
        }
        String other = groupByTerm.put(term, group);
        assertEquals(null, other, field + ": " + group + " collides with " + other);
      }
    }
  }

  @Test
  void synonymsExpandAtQueryTimeOnly() {
    assertEquals(List.of("eruf"), Terms.of(INDEX, SearchFields.TEXT, "ERUF"));
    String query = query(SearchFields.TEXT, "ERUF").toString();
    assertTrue(query.contains("regionalfond") && query.contains("\"europeiska regional utvecklingsfond\""), query);
    assertTrue(query(SearchFields.TEXT, "unga som varken arbetar eller studerar").toString().contains("uvas"));
    assertTrue(query(SearchFields.TEXT_FOLDED, "AI").toString().contains("text_folded:al"));
    assertTrue(!query(SearchFields.TEXT, "AI").toString().contains("text:al "));
  }

  @Test
  void multiWordSynonymsMatchAsPhrasesAcrossDroppedStopWords() throws Exception {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(INDEX))) {
        Document document = new Document();
        document.add(new TextField(SearchFields.TEXT,
            "Insatser med stöd från Fonden för en rättvis omställning och vätgasinfrastrukturen.", Field.Store.NO));
        writer.addDocument(document);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (String text : List.of("FRO", "JTF", "vätgas", "infrastruktur", "rättvisa omställningen")) {
          assertEquals(1, searcher.count(query(SearchFields.TEXT, text)), text);
        }
        assertEquals(1, searcher.count(query(SearchFields.TEXT, "vätgasinfrastruktur")));
        assertEquals(0, searcher.count(query(SearchFields.TEXT, "infrastrukturvätgas")));
      }
    }
  }

  private static Query query(String field, String text) {
    QueryBuilder builder = new QueryBuilder(QUERY);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    return builder.createBooleanQuery(field, text);
  }
}
