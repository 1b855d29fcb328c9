package se.regionsok.search;

import static se.regionsok.schema.SearchFields.FACET_REGION;
import static se.regionsok.schema.SearchFields.FACET_YEAR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.record.Regions;

/**
 * Reads the regions and years a query names as what it is about, not as words the text must hold:
 * "besöksnäring Gotland" means tourism records of Gotland, most of which never repeat "Gotland".
 * Recognised: the 21 regions with or without å/ä/ö, "Region X", "X län", "Västra
 * Götalandsregionen", "VGR"; years 1990–2099 and en-dash ranges ("2022–2024"). Only plain words outside
 * quotes count, and only when other words remain to search for (a query that is only a region
 * name searches the text for it).
 */
final class QueryUnderstanding {
  /** What was understood and the words left to search; empty lists when nothing was. */
  record Understood(String rest, List<String> regions, Integer yearFrom, Integer yearTo) {
    static Understood nothing(String q) {
      return new Understood(q, List.of(), null, null);
    }

    boolean any() {
      return !regions.isEmpty() || yearFrom != null;
    }

    /** The filters searched: the request's, within the understood regions and years. */
    Filters applyTo(Filters filters) {
      if (!any()) {
        return filters;
      }
      Map<String, List<String>> byFacet = new LinkedHashMap<>(filters.byFacet());
      if (!regions.isEmpty()) {
        byFacet.put(FACET_REGION, regions);
      }
      return yearFrom == null ? new Filters(byFacet, filters.yearFrom(), filters.yearTo())
          : new Filters(byFacet, yearFrom, yearTo);
    }

    /** What the answer says was understood. */
    SearchResponse.Understood answer() {
      return new SearchResponse.Understood(regions, years());
    }

    /** The years as the answer lists them: one, or the first and last of a range. */
    List<Integer> years() {
      return yearFrom == null ? List.of() : yearFrom.equals(yearTo) ? List.of(yearFrom) : List.of(yearFrom, yearTo);
    }
  }

  private static final Pattern YEAR = Pattern.compile("(?:199\\d|20\\d\\d)");
  /**
   * A range with an en dash ("2022–2024"). With a hyphen it is more often a plan's period in a
   * name ("RUS-genomförande 2024-2025", judged query q42), which a reporting-year filter would lose.
   */
  private static final Pattern YEAR_RANGE = Pattern.compile("(" + YEAR + ")[–—](" + YEAR + ")");
  private static final Pattern OPERATORS = Pattern.compile("[\"*|+()~]|(?:^|\\s)-|\\sOR\\s");
  /** The longest region name has four words with its prefix or suffix ("Region Jämtland Härjedalen"). */
  private static final int LONGEST_NAME = 3;

  private QueryUnderstanding() {}

  /** A region or year the user already filters on is not read again from the words. */
  static Understood read(String q, Filters filters) {
    if (q == null || q.isBlank() || OPERATORS.matcher(q).find()) {
      return Understood.nothing(q);
    }
    boolean takeRegions = !filters.byFacet().containsKey(FACET_REGION);
    boolean takeYears = !filters.byFacet().containsKey(FACET_YEAR) && filters.yearFrom() == null
        && filters.yearTo() == null;
    List<String> words = new ArrayList<>(List.of(q.strip().split("\\s+")));
    Integer from = null;
    Integer to = null;
    List<String> rest = new ArrayList<>();
    Set<String> regions = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); ) {
      String word = words.get(i);
      Matcher years = YEAR_RANGE.matcher(word);
      if (years.matches() && from == null && takeYears) {
        from = Integer.parseInt(years.group(1));
        to = Integer.parseInt(years.group(2));
        i++;
        continue;
      }
      if (YEAR.matcher(word).matches() && from == null && takeYears) {
        from = to = Integer.parseInt(word);
        i++;
        continue;
      }
      int end = takeRegions ? regionEnd(words, i, regions) : i;
      if (end > i) {
        i = end;
        continue;
      }
      rest.add(word);
      i++;
    }
    if (rest.isEmpty() || (regions.isEmpty() && from == null) || (from != null && from > to)) {
      return Understood.nothing(q);
    }
    return new Understood(String.join(" ", rest), List.copyOf(regions), from, to);
  }

  /** The end of the longest region name starting at {@code start} ("Region X", "X län" too), else start. */
  private static int regionEnd(List<String> words, int start, Set<String> regions) {
    for (int n = Math.min(LONGEST_NAME + 1, words.size() - start); n >= 1; n--) {
      Optional<String> region = region(words.subList(start, start + n));
      if (region.isPresent()) {
        regions.add(region.get());
        return start + n;
      }
    }
    return start;
  }

  /** A region only when the words are its name (case and diacritics aside), not any word ending in one. */
  private static Optional<String> region(List<String> words) {
    String name = String.join(" ", words);
    if (!name.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')) {
      return Optional.empty();
    }
    return Regions.canonical(name);
  }
}
