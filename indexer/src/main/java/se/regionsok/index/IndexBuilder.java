package se.regionsok.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import se.regionsok.analysis.SwedishAnalyzers;
import se.regionsok.record.Record;
import se.regionsok.schema.FacetTable;
import se.regionsok.schema.IndexLayout;
import se.regionsok.schema.SearchFields;

/**
 * Writes records into a new index version folder and marks it committed; making it current is the
 * caller's step ({@link IndexLayout#activate}). A version is written whole from records, or as an
 * update of an earlier version: its segment files are hard-linked (Lucene never changes a written
 * file), the changed documents' records replaced, so adding one document costs one document.
 */
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

  /** A committed version folder; {@code records} is how many it holds. */
  public record Result(String version, int records, long millis) {}

  /** Writes, activates and cleans in one step: for tools and tests that are the only writer. */
  public Result build(Collection<Record> records) throws IOException {
    Result result = write(records, Map.of());
    layout.activate(result.version());
    layout.clean();
    return result;
  }

  /**
   * A new committed version holding {@code records}, with {@code files} (name → text) beside the
   * index. A failure deletes the half-written folder and rethrows.
   */
  public Result write(Collection<Record> records, Map<String, String> files) throws IOException {
    return write(null, Set.of(), records, files);
  }

  /**
   * A new committed version: {@code base}'s records without those of {@code dropDocuments}
   * (source file names), plus {@code records}.
   */
  public Result update(String base, Set<String> dropDocuments, Collection<Record> records,
      Map<String, String> files) throws IOException {
    return write(base, dropDocuments, records, files);
  }

  private Result write(String base, Set<String> dropDocuments, Collection<Record> records,
      Map<String, String> files) throws IOException {
    long start = System.nanoTime();
    String version = layout.createVersion();
    Path dir = layout.directory(version);
    try {
      if (base != null) {
        linkSegments(layout.directory(base), dir);
      }
      int count = writeIndex(dir, base != null, dropDocuments, records);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      layout.markCommitted(version);
      return new Result(version, count, (System.nanoTime() - start) / 1_000_000);
    } catch (IOException | RuntimeException e) {
      layout.delete(version);
      throw e;
    }
  }

  private int writeIndex(Path dir, boolean append, Set<String> dropDocuments, Collection<Record> records)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64);
    FacetsConfig facets = FacetTable.config();
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (String document : dropDocuments) {
        writer.deleteDocuments(new Term(SearchFields.SOURCE_DOCUMENT, document));
      }
      for (Record record : records) {
        // updateDocument by id: a record read twice is indexed once
        writer.updateDocument(new Term(SearchFields.ID, record.id()), RecordDocuments.toDocument(record, facets));
      }
      writer.commit();
      return writer.getDocStats().numDocs;
    }
  }

  /** Hard links (a copy where links are refused) of the base version's index files. */
  private static void linkSegments(Path from, Path to) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (!isIndexFile(name)) {
          continue;
        }
        try {
          Files.createLink(to.resolve(name), file);
        } catch (FileSystemException | UnsupportedOperationException e) {
          Files.copy(file, to.resolve(name));
        }
      }
    }
  }

  /** Lucene's own files: not the lock and not what the publisher puts beside the index. */
  private static boolean isIndexFile(String name) {
    return !name.equals(IndexWriter.WRITE_LOCK_NAME) && !IndexLayout.isLayoutFile(name);
  }
}
