package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionsok.build.CorpusIndexer;
import se.regionsok.build.StandardPipeline;
import se.regionsok.schema.IndexLayout;
import se.regionsok.search.SearchService;

/**
 * A report whose title and text begin with spreadsheet formulas is ingested; the CSV export (the
 * bytes as sent) starts those cells with an apostrophe, so Excel shows text and runs nothing.
 */
class CsvInjectionTest {
  private static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid/stjal\",\"Klicka här\")";
  @TempDir
  static Path dir;
  private static SearchService search;
  private static Javalin app;

  @BeforeAll
  static void indexAFormulaDocument() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus/documents"));
    Files.writeString(corpus.resolve("formler.txt"), String.join("\n",
        HYPERLINK + " vätgas i regionen",
        "",
        "Regionala samarbeten",
        "@SUM(1+1) vätgas och cmd",
        "",
        "Fler samarbeten",
        "+cmd|' /C calc'!A0 vätgas",
        "",
        "Ännu fler samarbeten",
        "-2+3 vätgas"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("corpus/manifest.json"), """
        {"documents": [{"id": "formler-2025", "file": "documents/formler.txt",
          "title": "=1+1 Verksamhetsberättelse", "region": "Skåne", "year": 2025, "kind": "generic",
          "publisher": "Region Skåne", "sha256": null}]}
        """, StandardCharsets.UTF_8);
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    new CorpusIndexer(dir.resolve("corpus"), layout, StandardPipeline.loader())
        .indexCorpus("test", false, new PrintStream(PrintStream.nullOutputStream()));
    search = new SearchService(layout);
    app = ApiServer.create(search).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    search.close();
  }

  @Test
  void exportedCellsNeverStartWithAFormula() throws Exception {
    for (String sep : List.of("comma", "semicolon")) {
      byte[] bytes = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + app.port() + "/api/export?format=csv&sep=" + sep)).build(),
          HttpResponse.BodyHandlers.ofByteArray()).body();
      assertTrue(bytes.length > 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF,
          "UTF-8 byte order mark first");
      String csv = new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
      assertTrue(csv.contains("'=HYPERLINK(\"\"http://example.invalid/stjal\"\""), csv);
      assertTrue(csv.contains("'@SUM(1+1)"), csv);
      assertTrue(csv.contains("'+cmd|"), csv);
      assertTrue(csv.contains("'-2+3"), csv);
      assertTrue(csv.contains("'=1+1 Verksamhetsberättelse"), csv);

      List<List<String>> rows = rows(csv, sep.equals("comma") ? ',' : ';');
      assertEquals(5, rows.size(), "header and four records: " + csv);
      for (List<String> row : rows) {
        for (String cell : row) {
          assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "formula cell " + cell);
        }
      }
    }
  }

  private static List<List<String>> rows(String csv, char separator) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
        .with(mapper.schemaFor(List.class).withColumnSeparator(separator)).readValues(csv)) {
      return it.readAll();
    }
  }
}
