package se.regionsok.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One search result as API.md defines it; {@code shortTitle} is a report answer's list title
 * (null where {@code title} is short already); {@code snippet} is HTML-escaped text with
 * {@code <mark>}s. {@code why} and {@code strength} (similar records) and {@code explanation}
 * (search with explain=true) appear only when asked for; {@code outcome} in search results.
 */
public record Hit(String id, String region, int year, String docType, List<String> area,
    String title, String shortTitle, String snippet, float score,
    @JsonInclude(JsonInclude.Include.NON_NULL) Similarity why,
    @JsonInclude(JsonInclude.Include.NON_NULL) String explanation,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double strength,
    @JsonInclude(JsonInclude.Include.NON_NULL) EffectsLine outcome) {

  /**
   * Why a record is similar: the topics, distinctive words and facet values it shares with the
   * original. {@code sharedTerms} and {@code sharedFacets} repeat terms and facets for v1 clients.
   */
  public record Similarity(List<String> topics, List<String> terms, Map<String, List<String>> facets) {
    @JsonProperty("sharedTerms")
    public List<String> sharedTerms() {
      return terms;
    }

    @JsonProperty("sharedFacets")
    public Map<String, List<String>> sharedFacets() {
      return facets;
    }
  }

  Hit(String id, String region, int year, String docType, List<String> area, String title,
      String shortTitle, String snippet, float score) {
    this(id, region, year, docType, area, title, shortTitle, snippet, score, null, null, null, null);
  }

  Hit withWhy(Similarity value, double strengthValue) {
    return new Hit(id, region, year, docType, area, title, shortTitle, snippet, score,
        value, explanation, strengthValue, outcome);
  }

  Hit withExplanation(String value) {
    return new Hit(id, region, year, docType, area, title, shortTitle, snippet, score,
        why, value, strength, outcome);
  }

  Hit withOutcome(EffectsLine value) {
    return new Hit(id, region, year, docType, area, title, shortTitle, snippet, score,
        why, explanation, strength, value);
  }
}
