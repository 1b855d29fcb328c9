package se.regionsok.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The log's search, facet, pivot and export requests as OpenSearch query DSL, answering what the
 * API answers. Text: simple_query_string over title^3 and text with AND, the stock equivalent of
 * our SimpleQueryParser ("phrase", -exclude). Multi-select facets: the facet filters go to
 * post_filter (hits and total) and each facet is a filter aggregation with the other facets'
 * filters around a terms aggregation (what DrillSideways and PgTarget count).
 */
final class OsQueries {
  static final int FACET_SIZE = 25; // the API's default facet limit
  static final int EXPORT_MAX = 10_000; // OpenSearch's default max_result_window

  private OsQueries() {}

  static ObjectNode forEntry(LogEntry e) {
    return switch (e.route()) {
      case "/api/search" -> search(e);
      case "/api/facets" -> facets(e);
      case "/api/stats/pivot" -> pivot(e);
      case "/api/export" -> export(e);
      default -> throw new IllegalArgumentException("no query for " + e.route());
    };
  }

  /** Title weighted three times the text, as ours; {@code and}: every word must match. */
  static ObjectNode text(String q, String operator) {
    ObjectNode query = OsClient.JSON.createObjectNode();
    if (q.isBlank()) {
      query.putObject("match_all");
      return query;
    }
    query.putObject("simple_query_string").put("query", q).put("default_operator", operator)
        .putArray("fields").add("title^3").add("text");
    return query;
  }

  private static ObjectNode search(LogEntry e) {
    ObjectNode body = facets(e);
    int page = Integer.parseInt(e.first("page", "1"));
    body.put("from", (page - 1) * 10).put("size", 10);
    body.putArray("_source").add("id").add("title");
    body.putObject("highlight").putObject("fields").putObject("text")
        .put("number_of_fragments", 1).put("fragment_size", 200);
    if (e.first("sort", "relevance").equals("year")) {
      body.putArray("sort").add(OsClient.JSON.createObjectNode().put("year", "desc")).add("_score");
    }
    return body;
  }

  private static ObjectNode facets(LogEntry e) {
    ObjectNode body = OsClient.JSON.createObjectNode().put("size", 0).put("track_total_hits", true);
    body.set("query", query(e, List.of()));
    body.set("post_filter", bool(facetFilters(e, null)));
    ObjectNode aggs = body.putObject("aggs");
    for (String[] facet : PgLoad.FACETS) {
      ObjectNode agg = aggs.putObject(facet[0]);
      agg.set("filter", bool(facetFilters(e, facet[0])));
      agg.putObject("aggs").set("values", terms(facet[0]));
    }
    return body;
  }

  private static ObjectNode pivot(LogEntry e) {
    ObjectNode body = OsClient.JSON.createObjectNode().put("size", 0);
    body.set("query", query(e, facetFilters(e, null)));
    ObjectNode rows = terms(e.first("rows", "region"));
    rows.putObject("aggs").set("cols", terms(e.first("cols", "area")));
    body.putObject("aggs").set("rows", rows);
    return body;
  }

  private static ObjectNode export(LogEntry e) {
    ObjectNode body = OsClient.JSON.createObjectNode().put("size", EXPORT_MAX).put("track_total_hits", true);
    body.set("query", query(e, facetFilters(e, null)));
    body.putArray("sort").add(OsClient.JSON.createObjectNode().put("year", "desc"));
    return body;
  }

  private static ObjectNode terms(String facet) {
    ObjectNode agg = OsClient.JSON.createObjectNode();
    agg.putObject("terms").put("field", "facet." + facet).put("size", FACET_SIZE);
    return agg;
  }

  /** The text query and the year range, plus the given filters. */
  private static ObjectNode query(LogEntry e, List<JsonNode> filters) {
    ObjectNode bool = bool(filters);
    ((ObjectNode) bool.get("bool")).putArray("must").add(text(e.first("q", ""), "and"));
    String from = e.first("yearFrom", null);
    String to = e.first("yearTo", null);
    if (from != null || to != null) {
      ObjectNode range = ((ArrayNode) bool.get("bool").get("filter")).addObject().putObject("range").putObject("year");
      if (from != null) {
        range.put("gte", Integer.parseInt(from));
      }
      if (to != null) {
        range.put("lte", Integer.parseInt(to));
      }
    }
    return bool;
  }

  /** A terms filter per selected facet, leaving out the facet {@code except} (multi-select counts). */
  private static List<JsonNode> facetFilters(LogEntry e, String except) {
    return PgLoad.FACETS.stream()
        .filter(f -> e.params().containsKey(f[0]) && !f[0].equals(except))
        .map(f -> (JsonNode) OsClient.JSON.createObjectNode().set("terms",
            OsClient.JSON.createObjectNode().set("facet." + f[0], OsClient.JSON.valueToTree(e.params().get(f[0])))))
        .toList();
  }

  private static ObjectNode bool(List<JsonNode> filters) {
    ObjectNode bool = OsClient.JSON.createObjectNode();
    bool.putObject("bool").putArray("filter").addAll(filters);
    return bool;
  }
}
