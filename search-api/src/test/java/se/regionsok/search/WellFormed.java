package se.regionsok.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import se.regionsok.record.Regions;
import se.regionsok.schema.FacetTable;

/** What every answer to a search must look like, whatever was asked. */
public final class WellFormed {
  private WellFormed() {}

  public static void search(SearchRequest request, SearchResponse response, String context) {
    assertTrue(response.total() >= 0, context);
    assertEquals(request.page(), response.page(), context);
    assertEquals(request.size(), response.size(), context);
    long expectedOnPage = Math.max(0, Math.min(request.size(), response.total() - (long) (request.page() - 1) * request.size()));
    assertEquals(expectedOnPage, response.hits().size(), context + ": hits on the page");
    for (Hit hit : response.hits()) {
      assertFalse(hit.id().isBlank(), context);
      assertTrue(Regions.CANONICAL.contains(hit.region()), context + ": region " + hit.region());
      assertTrue(hit.year() >= 1900 && hit.year() <= 2100, context + ": year " + hit.year());
      assertNotNull(hit.docType(), context);
      assertNotNull(hit.title(), context);
      assertNotNull(hit.snippet(), context);
      assertTrue(Float.isFinite(hit.score()) && hit.score() >= 0, context + ": score " + hit.score());
      inFilter(request.filters(), "region", hit.region(), context);
      inFilter(request.filters(), "docType", hit.docType(), context);
      inFilter(request.filters(), "year", String.valueOf(hit.year()), context);
      Filters f = request.filters();
      assertTrue(f.yearFrom() == null || hit.year() >= f.yearFrom(), context + ": yearFrom");
      assertTrue(f.yearTo() == null || hit.year() <= f.yearTo(), context + ": yearTo");
    }
    facets(response.facets(), request.facetLimit(), context);
    assertTrue(!response.simplified() || request.hasQuery(), context + ": only a query is simplified");
  }

  public static void facets(Map<String, List<FacetValue>> facets, int limit, String context) {
    assertEquals(FacetTable.VISIBLE, List.copyOf(facets.keySet()), context + ": facet names");
    for (Map.Entry<String, List<FacetValue>> facet : facets.entrySet()) {
      List<FacetValue> values = facet.getValue();
      // a complete dimension lists every known value in its own order, zeros included, past the limit
      boolean complete = FacetDomains.complete(facet.getKey());
      assertTrue(complete || values.size() <= limit, context + ": " + facet.getKey() + " over the limit");
      for (int i = 0; i < values.size(); i++) {
        assertFalse(values.get(i).value().isBlank(), context + ": blank facet value");
        assertTrue(values.get(i).count() > 0 || complete && values.get(i).count() == 0,
            context + ": zero count in " + facet.getKey());
        assertTrue(complete || i == 0 || values.get(i - 1).count() >= values.get(i).count(),
            context + ": " + facet.getKey() + " counts not descending");
      }
    }
  }

  private static void inFilter(Filters filters, String dim, String value, String context) {
    List<String> allowed = filters.byFacet().get(dim);
    assertTrue(allowed == null || allowed.contains(value), context + ": " + dim + " " + value + " outside the filter " + allowed);
  }
}
