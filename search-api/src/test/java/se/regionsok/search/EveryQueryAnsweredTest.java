package se.regionsok.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import se.regionsok.api.TestServer;

/**
 * Property: whatever is typed, the real SearchService over the real index answers, or the request
 * is refused with the documented 400. Thousands of seeded random requests (RandomQueries) built
 * from the corpus's own vocabulary; a failure names the call and the seed to replay it.
 */
class EveryQueryAnsweredTest {
  static final long SEED = 20_261_129L;
  static final int CALLS = 2_000;

  @Test
  void everyRandomRequestIsAnsweredWellFormedOrRefusedAsDocumented() throws IOException {
    SearchService search = TestServer.shared().search();
    RandomQueries queries = new RandomQueries(SEED);
    int refused = 0;
    int simplified = 0;
    long start = System.nanoTime();
    for (int i = 0; i < CALLS; i++) {
      RandomQueries.Call call = queries.next();
      String context = "call " + i + " of seed " + SEED + " " + call.params();
      SearchRequest request;
      try {
        request = new RequestParser(call.params()).search();
      } catch (BadRequestException e) {
        assertTrue(call.invalid(), context + " refused: " + e.getMessage());
        assertNotNull(e.meddelande(), context + ": no Swedish text for " + e.getMessage());
        refused++;
        continue;
      }
      assertFalse(call.invalid(), context + " was accepted");
      SearchResponse response = search.search(request);
      WellFormed.search(request, response, context);
      if (response.simplified()) {
        simplified++;
      }
      if (i % 10 == 0 && response.correctedFrom() == null) { // a corrected search answers other words
        SearchService.FacetsResponse facets = search.facets(request.q(), request.filters(), request.facetLimit());
        assertEquals(response.total(), facets.total(), context + ": facets total differs from search total");
        assertEquals(response.simplified(), facets.simplified(), context);
      }
    }
    System.out.printf("%d random requests: %d refused as documented, %d answered simplified, %d ms%n",
        CALLS, refused, simplified, (System.nanoTime() - start) / 1_000_000);
    assertTrue(refused > CALLS / 20, "the generator should also send invalid requests: " + refused);
    assertTrue(simplified > 0, "the generator should reach the clause budget");
  }
}
