package se.regionsok.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer to /api/search (API.md). {@code partialMatch}: no record held all the words, so the
 * hits hold at least half of them. {@code simplified}: the query's expansion (synonyms, folded
 * fields, proximity) was cut to fit the clause budget. {@code understood}: the regions and years
 * the query named, searched as filters ({@code literal=true} turns that off). {@code correctedFrom}:
 * the query as typed matched nothing, so its spelling correction {@code correctedTo} was searched.
 * {@code topicsSearched}: words of the query the records rarely use that name a topic, whose
 * records were searched too ({@link TopicConcepts}).
 */
public record SearchResponse(long total, int page, int size, long tookMs, List<Hit> hits,
    Map<String, List<FacetValue>> facets, String suggestion, boolean partialMatch, boolean simplified,
    @JsonInclude(JsonInclude.Include.NON_NULL) Understood understood,
    @JsonInclude(JsonInclude.Include.NON_NULL) String correctedFrom,
    @JsonInclude(JsonInclude.Include.NON_NULL) String correctedTo,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TopicSearched> topicsSearched) {

  /** This answer as the one for {@code typed}, whose correction it searched. */
  SearchResponse correcting(String typed, String correction) {
    return new SearchResponse(total, page, size, tookMs, hits, facets, null, partialMatch, simplified,
        understood, typed, correction, topicsSearched);
  }

  /** What the query was read as: {@code {"region": [...], "year": [...]}}. */
  public record Understood(List<String> region, List<Integer> year) {}

  /** A word of the query and a topic ("Area/Topic") whose records it also found. */
  public record TopicSearched(String word, String topic) {}
}
