package se.regionsok.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One search result as API.md defines it; {@code snippet} is HTML-escaped text with
 * {@code <mark>}s. {@code why} (similar records) and {@code explanation} (search with
 * explain=true) appear only when asked for; {@code outcome} in search results.
 */
public record Hit(String id, String region, int year, String docType, List<String> area,
    String title, String snippet, float score,
    @JsonInclude(JsonInclude.Include.NON_NULL) Similarity why,
    @JsonInclude(JsonInclude.Include.NON_NULL) String explanation,
    @JsonInclude(JsonInclude.Include.NON_NULL) EffectsLine outcome) {

  /** Why a record is similar: the content terms and facet values it shares with the original. */
  public record Similarity(List<String> sharedTerms, java.util.Map<String, List<String>> sharedFacets) {}

  Hit withWhy(Similarity value) {
    return new Hit(id, region, year, docType, area, title, snippet, score, value, explanation, outcome);
  }

  Hit withExplanation(String value) {
    return new Hit(id, region, year, docType, area, title, snippet, score, why, value, outcome);
  }

  Hit withOutcome(EffectsLine value) {
    return new Hit(id, region, year, docType, area, title, snippet, score, why, explanation, value);
  }
}
