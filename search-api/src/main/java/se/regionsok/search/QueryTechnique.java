package se.regionsok.search;

import java.util.EnumSet;
import java.util.Set;

/**
 * The query-side techniques for concept queries, each measured on its own by {@code ops/eval}
 * (issue 15). {@link #PRODUCTION} is what the service runs: all of them, since none costs a kind
 * of the judged set on either half more than the allowed 0.02 (corpus/eval/README.md).
 */
public enum QueryTechnique {
  /** A multi-word synonym typed in full ("regional utvecklingsstrategi") also finds its acronym. */
  PHRASE_SYNONYMS,
  /** The regions and years a query names become filters ("besöksnäring Gotland"). */
  REGIONS,
  /** Weighted related words: the reviewed mythes-sv thesaurus and adjective/noun derivations. */
  THESAURUS,
  /** A word naming a topic of the vocabulary also finds that topic's records ({@link TopicConcepts}). */
  TOPICS,
  /** RM3 pseudo-relevance feedback for a query with few hits ({@link RelevanceFeedback}). */
  FEEDBACK;

  public static final Set<QueryTechnique> PRODUCTION = EnumSet.allOf(QueryTechnique.class);
}
