package se.regionsok.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import se.regionsok.record.Record;
import se.regionsok.schema.IndexLayout;
import se.regionsok.schema.RecordJson;
import se.regionsok.schema.SearchFields;

/** The records of the version being served, grouped by source document, read from their stored JSON. */
public final class ServedRecords {
  private final String version;
  private final Map<String, List<Record>> byDocument;

  private ServedRecords(String version, Map<String, List<Record>> byDocument) {
    this.version = version;
    this.byDocument = byDocument;
  }

  /** Empty when nothing is served yet. */
  public static Optional<ServedRecords> read(IndexLayout layout) throws IOException {
    Optional<String> current = layout.currentVersion();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<Record>> byDocument = new LinkedHashMap<>();
    try (FSDirectory dir = FSDirectory.open(layout.directory(current.get()));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        Bits live = leafReader.getLiveDocs();
        StoredFields stored = leafReader.storedFields();
        for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Record record = RecordJson.read(stored.document(doc).get(SearchFields.RECORD_JSON));
            byDocument.computeIfAbsent(record.source().document(), d -> new ArrayList<>()).add(record);
          }
        }
      }
    }
    return Optional.of(new ServedRecords(current.get(), byDocument));
  }

  /** How many records {@code version} holds of {@code document} (a source file name), or in all when null. */
  public static int count(IndexLayout layout, String version, String document) throws IOException {
    try (FSDirectory dir = FSDirectory.open(layout.directory(version));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return document == null ? reader.numDocs()
          : new IndexSearcher(reader).count(new TermQuery(new Term(SearchFields.SOURCE_DOCUMENT, document)));
    }
  }

  public String version() {
    return version;
  }

  /** The served records whose source is {@code document} (a file name as in {@link se.regionsok.record.Source}). */
  public List<Record> of(String document) {
    return byDocument.getOrDefault(document, List.of());
  }
}
