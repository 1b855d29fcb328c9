package se.regionsok.index;

import se.regionsok.schema.FacetTable;

import se.regionsok.schema.IndexLayout;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import se.regionsok.schema.SearchFields;
import se.regionsok.analysis.SwedishAnalyzers;
import se.regionsok.record.Record;

/** Writes records into a new index version and makes it current only once it is committed. */
public final class IndexBuilder {
  private final IndexLayout layout;
  private final Analyzer analyzer;

  public IndexBuilder(IndexLayout layout) {
    this(layout, SwedishAnalyzers.perField());
  }

  /** A builder with another analysis chain (the relevance evaluation compares several). */
  public IndexBuilder(IndexLayout layout, Analyzer analyzer) {
    this.layout = layout;
    this.analyzer = analyzer;
  }

  public record Result(String version, int records, long millis) {}

  public Result build(Collection<Record> records) throws IOException {
    long start = System.nanoTime();
    String version = layout.createVersion();
    try {
      write(records, version);
      layout.activate(version);
    } catch (IOException | RuntimeException e) {
      layout.delete(version);
      throw e;
    }
    layout.prune(2);
    return new Result(version, records.size(), (System.nanoTime() - start) / 1_000_000);
  }

  private void write(Collection<Record> records, String version) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64);
    FacetsConfig facets = FacetTable.config();
    try (FSDirectory dir = FSDirectory.open(layout.directory(version));
        IndexWriter writer = new IndexWriter(dir, config)) {
      for (Record record : records) {
        // updateDocument by id: a record read twice is indexed once
        writer.updateDocument(new Term(SearchFields.ID, record.id()),
            RecordDocuments.toDocument(record, facets));
      }
      writer.commit();
    }
  }
}
