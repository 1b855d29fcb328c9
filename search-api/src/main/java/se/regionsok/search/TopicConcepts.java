package se.regionsok.search;

import static se.regionsok.schema.SearchFields.FACET_TOPIC;
import static se.regionsok.schema.SearchFields.TEXT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import se.regionsok.analysis.FoldedTokens;
import se.regionsok.analysis.SwedishDictionary;
import se.regionsok.analysis.TopicVocabulary;

/**
 * A query word that is a term of the topic vocabulary names a concept, and the records of that
 * topic say it in other words: "glesbygd" finds the records tagged Landsbygdsutveckling (by
 * "landsbygd", "byar", "lokal utveckling"), "elbilar" those tagged Laddinfrastruktur. The word is
 * analysed as the indexer's topic tagging analyses the terms (folded: inflections, å/ä/ö optional).
 */
final class TopicConcepts {
  /**
   * What carrying the topic adds to a record's score, beside the word's own BM25 score. Tuned on
   * the odd-numbered half of the judged queries (ops/eval): nDCG@10 0.713 for 0.5, 1 and 2, 0.704
   * for 4, 0.696 for 8; the middle of the plateau. The topic's records tie among themselves:
   * adding 0.05–0.5 of the BM25 score of the topic's own words changed nothing on that half.
   */
  static final float WEIGHT = 1f;
  /**
   * A word found in this many records or more is not widened. Tuned after the weight and the
   * dictionary rule, on the same half: nDCG@10 0.710 for 5, 0.713 for 10, 0.712 for 20, 0.711 for
   * 50, 0.710 for no limit.
   */
  static final int RARE_BELOW = 10;
  private static final int MAX_REMEMBERED = 10_000;

  private final TopicVocabulary vocabulary;
  private final String indexField;
  private final Analyzer analyzer;
  private final Map<String, List<Query>> wordsByTopic = new ConcurrentHashMap<>();
  private final Map<String, List<TopicVocabulary.Entry>> topicsByWord = new ConcurrentHashMap<>();

  /** @param analyzer the index's analysis, for the topics' own words on the text field */
  TopicConcepts(TopicVocabulary vocabulary, FacetsConfig facetsConfig, Analyzer analyzer) {
    this.vocabulary = vocabulary;
    this.analyzer = analyzer;
    this.indexField = facetsConfig.getDimConfig(FACET_TOPIC).indexFieldName;
  }

  /** A word of the Swedish dictionary, with or without å/ä/ö: not a name of one thing. */
  private static boolean isCommonWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return SwedishDictionary.get().isWord(lower) || SwedishDictionary.folded().isWord(lower);
  }

  /**
   * The vocabulary writes acronyms in capitals ("FRO", "KKN"): they name one fund or programme,
   * however they are typed ("fro" is also "frö" without its dots, a dictionary word).
   */
  private static boolean isAcronym(String term) {
    return term.length() > 1 && term.equals(term.toUpperCase(Locale.ROOT));
  }

  private static boolean isUsed(Query wordQuery, IndexReader reader) {
    try {
      return new IndexSearcher(reader).count(wordQuery) >= RARE_BELOW;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The words of {@code q} whose topics the built query searches, with those topics: what the
   * answer tells the person (the topics a widened word brought in).
   */
  List<SearchResponse.TopicSearched> searchedIn(Query built, String q) {
    Set<Term> searched = topicTermsIn(built);
    if (searched.isEmpty() || q == null) {
      return List.of();
    }
    List<SearchResponse.TopicSearched> found = new ArrayList<>();
    for (String word : new LinkedHashSet<>(List.of(q.strip().split("\\s+")))) {
      if (word.startsWith("-")) {
        continue; // an excluded word excludes its topics too; they were not searched for
      }
      for (TopicVocabulary.Entry topic : topicsOf(word)) {
        if (searched.contains(topicTerm(topic))) {
          found.add(new SearchResponse.TopicSearched(word, topic.path()));
        }
      }
    }
    return found;
  }

  /**
   * The built query plus the terms of the topics it searches, on the text field, for marking
   * snippets only: a record found by its topic shows the passage where it says it in its own words
   * ("landsbygden", "servicehubbar"). Each term as whole words (a compound's parts, which the
   * analysis adds, would mark "land" everywhere).
   */
  Query markingTopics(Query built) {
    Set<Term> searched = topicTermsIn(built);
    if (searched.isEmpty()) {
      return built;
    }
    BooleanQuery.Builder marking = new BooleanQuery.Builder().add(built, Occur.SHOULD);
    for (TopicVocabulary.Entry entry : vocabulary.entries()) {
      if (searched.contains(topicTerm(entry))) {
        ownWords(entry).forEach(words -> marking.add(words, Occur.SHOULD));
      }
    }
    return marking.build();
  }

  /** The topic's terms as whole words on the text field (remembered: the vocabulary is fixed). */
  private List<Query> ownWords(TopicVocabulary.Entry entry) {
    return wordsByTopic.computeIfAbsent(entry.path(), path -> entry.terms().stream()
        .map(term -> wholeWords(term.word()))
        .filter(Objects::nonNull)
        .toList());
  }

  /** The term's words on the text field, one token per position (its lemma, without the parts). */
  private Query wholeWords(String words) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int position = -1;
    int count = 0;
    try (TokenStream tokens = analyzer.tokenStream(TEXT, words)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (increment.getPositionIncrement() > 0) {
          position += increment.getPositionIncrement();
          phrase.add(new Term(TEXT, term.toString()), position);
          count++;
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PhraseQuery built = phrase.build();
    return count == 0 ? null : count == 1 ? new TermQuery(built.getTerms()[0]) : built;
  }

  private Set<Term> topicTermsIn(Query built) {
    Set<Term> searched = new HashSet<>();
    built.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term term : terms) {
          if (term.field().equals(indexField)) {
            searched.add(term);
          }
        }
      }
    });
    return searched;
  }

  /** The drill-down term of the topic facet's value "Area/Topic". */
  private Term topicTerm(TopicVocabulary.Entry topic) {
    return DrillDownQuery.term(indexField, FACET_TOPIC, topic.path().split("/", 2));
  }

  /**
   * The topics of which the word is a term, in any inflection and with or without
   * å/ä/ö ("elbilar" is the term "elbil"); a compound naming one topic does not also name the
   * topics of its parts ("ungdomsarbetslöshet" is not about Barn och unga).
   */
  List<TopicVocabulary.Entry> topicsOf(String word) {
    if (topicsByWord.size() > MAX_REMEMBERED) {
      topicsByWord.clear(); // words typed are few; this only bounds a flood of distinct ones
    }
    return topicsByWord.computeIfAbsent(word, w -> {
      String tokens = FoldedTokens.of(w);
      return vocabulary.entries().stream()
          .filter(entry -> entry.terms().stream()
              .anyMatch(term -> !isAcronym(term.word()) && tokens.equals(term.tokens())))
          .toList();
    });
  }

  /**
   * The word's query, or failing it any record of a topic the word names (scored {@link #WEIGHT}),
   * when the word is a common Swedish word (in the dictionary, with or without å/ä/ö) that the
   * records rarely use ({@link #RARE_BELOW}). A common word names a concept; a name or an acronym
   * ("FRO", "Vinnova", "Norrbotniabanan") names one thing, whose broader topic (EU-fonder,
   * Järnväg) is not what was asked for. A word the records use often is how they say it.
   */
  Query widened(String word, Query wordQuery, IndexReader reader) {
    List<TopicVocabulary.Entry> topics = topicsOf(word);
    if (topics.isEmpty() || !isCommonWord(word) || isUsed(wordQuery, reader)) {
      return wordQuery;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder().add(wordQuery, Occur.SHOULD);
    for (TopicVocabulary.Entry topic : topics) {
      Query tagged = new ConstantScoreQuery(new TermQuery(topicTerm(topic)));
      either.add(new BoostQuery(tagged, WEIGHT), Occur.SHOULD);
    }
    return either.build();
  }
}
