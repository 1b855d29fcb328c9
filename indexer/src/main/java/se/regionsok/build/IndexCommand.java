package se.regionsok.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.index.IndexBuilder;
import se.regionsok.schema.IndexLayout;
import se.regionsok.record.Record;

/**
 * Builds a new index version from the corpus folder and prints what it read:
 * {@code IndexCommand [corpusDir] [indexDir]} (defaults: corpus, data/index).
 */
public final class IndexCommand {

  private IndexCommand() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
    Path index = Path.of(args.length > 1 ? args[1] : "data/index");
    IndexBuilder.Result result = build(corpus, new IndexLayout(index), System.out);
    if (result == null) {
      System.exit(1);
    }
  }

  /** Loads, reports and indexes the corpus; null when no document could be read. */
  public static IndexBuilder.Result build(Path corpus, IndexLayout layout, PrintStream out)
      throws IOException {
    return build(StandardPipeline.loader(), corpus, Manifest.read(corpus).documents(), layout, out);
  }

  /**
   * Loads, reports and indexes {@code entries}; a document that fails to read keeps the records
   * the served version has of it. Null when there is nothing to index: the served version stays.
   */
  public static IndexBuilder.Result build(CorpusLoader loader, Path corpus, List<ManifestEntry> entries,
      IndexLayout layout, PrintStream out) throws IOException {
    out.println("Reading corpus " + corpus.toAbsolutePath());
    long start = System.nanoTime();
    CorpusLoader.Result loaded = loader.load(corpus, entries);
    for (DocumentReport report : loaded.reports()) {
      out.println(report.failed()
          ? "  SKIPPED " + report.file() + ": " + report.error()
          : String.format("  %-40s %-17s %4d records (%d placeholders)", report.file(),
              report.kind(), report.records(), report.placeholders()));
    }
    CarryOver.Result carried = CarryOver.apply(loaded, layout);
    for (CarryOver.Kept kept : carried.kept()) {
      out.printf("  KEPT    %s: its %d records from the served version %s%n", kept.file(),
          kept.records(), kept.fromVersion());
    }
    List<Record> records = carried.records();
    if (records.isEmpty()) {
      out.println("No records: the index was not changed.");
      return null;
    }
    out.println("Records per region: " + countBy(records, Record::region));
    out.println("Records per type:   " + countBy(records, Record::docType));
    out.println("Flagged records:    " + records.stream().filter(r -> !r.flags().isEmpty()).count());
    long readMillis = (System.nanoTime() - start) / 1_000_000;
    IndexBuilder.Result result = new IndexBuilder(layout).build(records);
    out.printf("Indexed %d records into %s (read %d ms, index %d ms)%n", result.records(),
        layout.directory(result.version()), readMillis, result.millis());
    return result;
  }

  private static Map<String, Long> countBy(List<Record> records, Function<Record, String> key) {
    return records.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }
}
