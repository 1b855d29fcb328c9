package se.regionsok.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import se.regionsok.index.IndexBuilder;
import se.regionsok.schema.IndexLayout;
import se.regionsok.record.Record;

/**
 * Indexes a JSON-lines corpus with the production IndexBuilder and prints one tab-separated line:
 * records, seconds, records/s, MB/s of title and text (UTF-8), index bytes. {@code BuildIndex in.jsonl indexDir}
 */
public final class BuildIndex {
  private BuildIndex() {}

  public static void main(String[] args) throws IOException {
    Path input = Path.of(args[0]);
    IndexLayout layout = new IndexLayout(Path.of(args[1]));
    List<Record> records = ScaleCorpus.readJsonl(input);
    long textBytes = records.stream()
        .mapToLong(r -> (r.title() + r.text()).getBytes(StandardCharsets.UTF_8).length).sum();
    IndexBuilder.Result result = new IndexBuilder(layout).build(records);
    double seconds = result.millis() / 1000.0;
    System.out.printf("%d\t%.1f\t%.0f\t%.2f\t%d%n", result.records(), seconds,
        result.records() / seconds, textBytes / 1e6 / seconds, size(layout.directory(result.version())));
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
