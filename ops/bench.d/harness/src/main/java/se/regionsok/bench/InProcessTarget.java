package se.regionsok.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Path;
import se.regionsok.schema.IndexLayout;
import se.regionsok.search.RequestParser;
import se.regionsok.search.SearchService;

/**
 * The SearchService of the API called in this JVM, answers serialized to JSON but no HTTP: the
 * like-for-like peer of PostgreSQL over JDBC, which has no HTTP layer either. target: index:DIR.
 */
final class InProcessTarget implements Target {
  private final SearchService search;
  private final ObjectMapper json = new ObjectMapper() // export writes many records to one stream
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  InProcessTarget(Path indexDir) throws Exception {
    this.search = new SearchService(new IndexLayout(indexDir));
  }

  @Override
  public Worker newWorker() {
    return entry -> {
      RequestParser p = new RequestParser(entry.params());
      OutputStream out = OutputStream.nullOutputStream();
      switch (entry.route()) {
        case "/api/search" -> json.writeValue(out, search.search(p.search()));
        case "/api/facets" -> json.writeValue(out, search.facets(p.query(), p.filters(), p.intParam("limit", 25, 1, 1000)));
        case "/api/stats/pivot" -> json.writeValue(out,
            search.pivot(p.query(), p.filters(), p.string("rows", "region"), p.string("cols", "area"), true,
                p.flag("literal")));
        case "/api/export" -> search.forEachMatch(p.query(), p.filters(), r -> json.writeValue(out, r));
        default -> throw new IllegalArgumentException("not in process: " + entry.route());
      }
      return true;
    };
  }
}
