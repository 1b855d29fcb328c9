package se.regionsok.search;

import static se.regionsok.schema.SearchFields.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.regionsok.record.DocType;
import se.regionsok.record.Outcomes;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Regions;
import se.regionsok.record.Tagged;

/**
 * Validates query parameters into requests. Every rejection names the parameter and the reason, so
 * a dashboard author can fix the call without reading server logs.
 */
public final class RequestParser {
  public static final int MAX_SIZE = 100;
  public static final int MAX_QUERY_LENGTH = 1000;
  /** Deeper paging than this is a crawl: use /api/export. */
  public static final int MAX_RESULT_WINDOW = 10_000;
  private static final int MAX_VALUE_LENGTH = 300;
  /**
   * Values one filter parameter may have (README, openapi.json). Each value is a clause of the
   * Lucene query, and the filters' clauses come out of the query's budget of 1024.
   */
  public static final int MAX_FILTER_VALUES = 100;
  private static final Set<String> DOC_TYPES = Set.of(DocType.INITIATIVE, DocType.REPORT_ANSWER,
      DocType.GRANT_ANSWER, DocType.PROJECT_SECTION, DocType.SECTION);
  /** Counts placeholders too: the same as filtering on both values of {@code reported}. */
  private static final String INCLUDE_PLACEHOLDERS = "includePlaceholders";
  private static final Set<String> FILTER_PARAMS = Set.of(FACET_REGION, FACET_AREA, FACET_DOC_TYPE,
      FACET_RUS_GOAL, FACET_RUS_THEME, FACET_PROGRAM, FACET_SDG, FACET_SDG_SOURCE, FACET_YEAR,
      FACET_OUTCOME, FACET_QUANTIFIED, FACET_EVALUATED, FACET_TOPIC, FACET_REPORTED, INCLUDE_PLACEHOLDERS,
      "yearFrom", "yearTo");

  private final Map<String, List<String>> params;

  public RequestParser(Map<String, List<String>> params) {
    this.params = params;
  }

  /** The filter parameters every listing endpoint takes (API.md). */
  public static Set<String> filterParams() {
    return FILTER_PARAMS;
  }

  /**
   * Rejects parameters the endpoint does not know (a typo would otherwise be silently ignored);
   * names starting with "_" are left for cache busters.
   */
  public RequestParser allowOnly(Set<String> endpointParams, boolean takesFilters) {
    for (String name : params.keySet()) {
      boolean known = endpointParams.contains(name) || (takesFilters && FILTER_PARAMS.contains(name));
      if (!name.startsWith("_") && !known) {
        throw new BadRequestException("unknown parameter '" + clip(name) + "'",
            "okänd parameter '" + clip(name) + "'");
      }
    }
    return this;
  }

  public SearchRequest search() {
    int size = intParam("size", 10, 1, MAX_SIZE);
    int page = intParam("page", 1, 1, MAX_RESULT_WINDOW);
    if ((long) page * size > MAX_RESULT_WINDOW) {
      throw new BadRequestException("page: page × size may not exceed " + MAX_RESULT_WINDOW
          + "; use /api/export for every record", "page: sida × antal (size) får inte överstiga "
          + MAX_RESULT_WINDOW + "; hämta alla poster med /api/export");
    }
    String sortName = string("sort", "relevance");
    SearchRequest.Sort sort = SearchRequest.Sort.named(sortName).orElseThrow(() -> new BadRequestException(
        "sort: '" + clip(sortName) + "' is not one of " + SearchRequest.Sort.apiNames(),
        "sort: '" + clip(sortName) + "' är inte en av " + SearchRequest.Sort.apiNames()));
    return new SearchRequest(query(), page, size, sort, filters(), intParam("limit", 25, 1, 1000),
        flag("explain"), flag("literal"));
  }

  public String query() {
    String q = string("q", "");
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new BadRequestException("q: at most " + MAX_QUERY_LENGTH + " characters (got " + q.length() + ")",
          "q: högst " + MAX_QUERY_LENGTH + " tecken (fick " + q.length() + ")");
    }
    if (q.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
      throw new BadRequestException("q: contains control characters", "q: innehåller styrtecken");
    }
    return q.strip();
  }

  public Filters filters() {
    Map<String, List<String>> byFacet = new LinkedHashMap<>();
    addValues(byFacet, FACET_REGION, v -> Regions.canonical(v).or(() -> Regions.byCode(v)).orElseThrow(() ->
        new BadRequestException("region: unknown region '" + clip(v) + "'; one of " + Regions.CANONICAL,
            "region: okänd region '" + clip(v) + "'; en av " + Regions.CANONICAL)));
    addValues(byFacet, FACET_AREA, RequestParser::area);
    addValues(byFacet, FACET_DOC_TYPE, v -> oneOf(FACET_DOC_TYPE, v, DOC_TYPES));
    addValues(byFacet, FACET_RUS_GOAL, v -> v);
    addValues(byFacet, FACET_RUS_THEME, v -> v);
    addValues(byFacet, FACET_PROGRAM, v -> v);
    addValues(byFacet, FACET_SDG, v -> String.valueOf(parseInt(FACET_SDG, v, 1, 17)));
    addValues(byFacet, FACET_SDG_SOURCE, v -> oneOf(FACET_SDG_SOURCE, v, Set.of(Tagged.EXPLICIT, Tagged.INFERRED)));
    addValues(byFacet, FACET_YEAR, v -> String.valueOf(parseInt(FACET_YEAR, v, 1900, 2100)));
    addValues(byFacet, FACET_OUTCOME, v -> oneOf(FACET_OUTCOME, v, Set.copyOf(Outcomes.STATUSES)));
    addValues(byFacet, FACET_QUANTIFIED, v -> String.valueOf(bool(FACET_QUANTIFIED, v)));
    addValues(byFacet, FACET_EVALUATED, v -> String.valueOf(bool(FACET_EVALUATED, v)));
    addValues(byFacet, FACET_TOPIC, RequestParser::topicPath);
    addValues(byFacet, FACET_REPORTED, v -> String.valueOf(bool(FACET_REPORTED, v)));
    if (flag(INCLUDE_PLACEHOLDERS) && !byFacet.containsKey(FACET_REPORTED)) {
      byFacet.put(FACET_REPORTED, List.of("true", "false"));
    }
    Integer from = optionalInt("yearFrom", 1900, 2100);
    Integer to = optionalInt("yearTo", 1900, 2100);
    if (from != null && to != null && from > to) {
      throw new BadRequestException("yearFrom: " + from + " is after yearTo " + to,
          "yearFrom: " + from + " är efter yearTo " + to);
    }
    return new Filters(byFacet, from, to);
  }

  /** A repeatable parameter's values (blank ones dropped, duplicates once), bounded as filter values are. */
  public List<String> values(String name) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    addValues(byName, name, v -> v);
    return byName.getOrDefault(name, List.of());
  }

  public int intParam(String name, int fallback, int min, int max) {
    Integer value = optionalInt(name, min, max);
    return value == null ? fallback : value;
  }

  public String string(String name, String fallback) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return fallback;
    }
    if (values.size() > 1) {
      throw new BadRequestException(name + ": give it once (got " + values.size() + " values)",
          name + ": ange den en gång (fick " + values.size() + " värden)");
    }
    return values.get(0);
  }

  public boolean flag(String name) {
    return flag(name, false);
  }

  public boolean flag(String name, boolean fallback) {
    return bool(name, string(name, String.valueOf(fallback)));
  }

  private static boolean bool(String name, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new BadRequestException(name + ": must be true or false",
          name + ": ska vara true eller false");
    };
  }

  private Integer optionalInt(String name, int min, int max) {
    String value = string(name, null);
    return value == null || value.isBlank() ? null : parseInt(name, value, min, max);
  }

  private void addValues(Map<String, List<String>> into, String dim, Function<String, String> canonical) {
    List<String> raw = params.getOrDefault(dim, List.of());
    if (raw.size() > MAX_FILTER_VALUES) {
      throw new BadRequestException(dim + ": at most " + MAX_FILTER_VALUES + " values (got " + raw.size() + ")",
          dim + ": högst " + MAX_FILTER_VALUES + " värden (fick " + raw.size() + ")");
    }
    List<String> values = new ArrayList<>();
    for (String value : raw) {
      if (value.isBlank()) {
        continue;
      }
      if (value.length() > MAX_VALUE_LENGTH) {
        throw new BadRequestException(dim + ": value longer than " + MAX_VALUE_LENGTH + " characters",
            dim + ": värde längre än " + MAX_VALUE_LENGTH + " tecken");
      }
      String c = canonical.apply(value.strip());
      if (!values.contains(c)) {
        values.add(c);
      }
    }
    if (!values.isEmpty()) {
      into.put(dim, List.copyOf(values));
    }
  }

  private static String area(String value) {
    return PolicyArea.labels().stream().filter(label -> label.equalsIgnoreCase(value)).findFirst()
        .orElseThrow(() -> new BadRequestException("area: unknown policy area '" + clip(value)
            + "'; one of " + PolicyArea.labels(), "area: okänt politikområde '" + clip(value)
            + "'; ett av " + PolicyArea.labels()));
  }

  /** "Energi" or "Energi/Vätgas": an area, or an area and one of its topics. */
  private static String topicPath(String value) {
    String[] parts = value.split("/", -1);
    if (parts.length > 2 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
      throw new BadRequestException("topic: '" + clip(value) + "' is not an area or area/topic path");
    }
    return String.join("/", java.util.Arrays.stream(parts).map(String::strip).toList());
  }

  private static String oneOf(String name, String value, Set<String> allowed) {
    if (!allowed.contains(value)) {
      throw new BadRequestException(name + ": '" + clip(value) + "' is not one of " + new java.util.TreeSet<>(allowed),
          name + ": '" + clip(value) + "' är inte ett av " + new java.util.TreeSet<>(allowed));
    }
    return value;
  }

  private static int parseInt(String name, String value, int min, int max) {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name + ": '" + clip(value) + "' is not a whole number",
          name + ": '" + clip(value) + "' är inget heltal");
    }
    if (n < min || n > max) {
      throw new BadRequestException(name + ": must be between " + min + " and " + max + " (got " + n + ")",
          name + ": ska vara mellan " + min + " och " + max + " (fick " + n + ")");
    }
    return n;
  }

  private static String clip(String s) {
    String printable = s.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
  }
}
