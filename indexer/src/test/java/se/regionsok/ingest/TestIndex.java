package se.regionsok.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import se.regionsok.schema.SearchFields;
import se.regionsok.analysis.SwedishAnalyzers;
import se.regionsok.schema.IndexLayout;
import se.regionsok.schema.RecordJson;
import se.regionsok.record.Record;

/** A temporary copy of the bundled corpus with its own index folder, and searches in that index. */
final class TestIndex implements AutoCloseable {
  private static final Path BUNDLED_CORPUS = Path.of("..", "corpus");

  final Path root;
  final Path corpus;
  final IndexLayout layout;

  TestIndex() throws IOException {
    root = Files.createTempDirectory("regionsok-ingest");
    corpus = root.resolve("corpus");
    Files.createDirectories(corpus.resolve("documents"));
    Files.copy(BUNDLED_CORPUS.resolve("manifest.json"), corpus.resolve("manifest.json"));
    try (Stream<Path> documents = Files.list(BUNDLED_CORPUS.resolve("documents"))) {
      for (Path document : documents.toList()) {
        Files.copy(document, corpus.resolve("documents").resolve(document.getFileName()));
      }
    }
    layout = new IndexLayout(root.resolve("index"));
  }

  Path file(String name) {
    return root.resolve(name);
  }

  String version() {
    return layout.currentVersion().orElse("none");
  }

  int records() throws IOException {
    if (layout.currentVersion().isEmpty()) {
      return 0;
    }
    try (FSDirectory dir = FSDirectory.open(layout.directory(version()));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  /** The served records whose text holds every word of {@code words}, analysed as the index does. */
  List<Record> search(String words) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Analyzer analyzer = SwedishAnalyzers.perField();
    try (TokenStream tokens = analyzer.tokenStream(SearchFields.TEXT, words)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        query.add(new TermQuery(new Term(SearchFields.TEXT, term.toString())), BooleanClause.Occur.MUST);
      }
      tokens.end();
    }
    try (FSDirectory dir = FSDirectory.open(layout.directory(version()));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<Record> found = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query.build(), 100).scoreDocs) {
        found.add(RecordJson.read(searcher.storedFields().document(hit.doc).get(SearchFields.RECORD_JSON)));
      }
      return found;
    }
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
