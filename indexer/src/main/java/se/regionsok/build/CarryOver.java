package se.regionsok.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.regionsok.schema.IndexLayout;
import se.regionsok.index.ServedRecords;
import se.regionsok.record.Record;

/**
 * Keeps what a rebuild would otherwise lose: when a document that is searchable now fails to read
 * (a changed reader, a damaged file), its records are taken over from the served version.
 */
public final class CarryOver {
  private CarryOver() {}

  /** Records of one failed document taken from the served version. */
  public record Kept(String file, int records, String fromVersion, String readError) {}

  public record Result(List<Record> records, List<Kept> kept) {}

  public static Result apply(CorpusLoader.Result loaded, IndexLayout layout) throws IOException {
    List<DocumentReport> failed = loaded.reports().stream().filter(DocumentReport::failed).toList();
    Optional<ServedRecords> served = failed.isEmpty() ? Optional.empty() : ServedRecords.read(layout);
    if (served.isEmpty()) {
      return new Result(loaded.records(), List.of());
    }
    List<Record> records = new ArrayList<>(loaded.records());
    List<Kept> kept = new ArrayList<>();
    for (DocumentReport report : failed) {
      List<Record> old = servedRecordsOf(served.get(), report.file());
      if (!old.isEmpty()) {
        records.addAll(old);
        kept.add(new Kept(report.file(), old.size(), served.get().version(), report.error()));
      }
    }
    return new Result(records, kept);
  }

  /** Sources name the document by file name; the manifest by its path in the corpus folder. */
  private static List<Record> servedRecordsOf(ServedRecords served, String manifestFile) {
    List<Record> byName = served.of(Path.of(manifestFile).getFileName().toString());
    return byName.isEmpty() ? served.of(manifestFile) : byName;
  }
}
