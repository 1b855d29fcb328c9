package se.regionsok.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tika.mime.MediaType;
import se.regionsok.build.CorpusLoader;
import se.regionsok.build.IndexCommand;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.index.IndexBuilder;
import se.regionsok.schema.IndexLayout;
import se.regionsok.record.Record;
import se.regionsok.record.Regions;

/**
 * Adds files to the corpus and the index: check → extract text → language → kind → the same
 * reader, repair and enrichers as the bundled corpus → store text and original → build and
 * activate one new index version for the whole batch → write the manifest. A file that fails is
 * reported and left out and the others go on; the served version changes only by a build that
 * succeeded, and the manifest names a document only once a served version holds it.
 */
public final class Ingester {
  private static final String LOCK_FILE = ".ingest.lock";

  private final CorpusStore store;
  private final IndexLayout layout;
  private final CorpusLoader loader;
  private final FileCheck fileCheck;
  private final TextExtractor extractor = new TextExtractor();
  private final LanguageCheck languageCheck = new LanguageCheck();
  private final KindDetector kindDetector = new KindDetector();

  public Ingester(Path corpusDir, IndexLayout layout, CorpusLoader loader, long maxBytes) {
    this.store = new CorpusStore(corpusDir);
    this.layout = layout;
    this.loader = loader;
    this.fileCheck = new FileCheck(maxBytes);
  }

  public enum Outcome { ADDED, UNCHANGED, REJECTED }

  /** What happened to one file; {@code entry} is set when it is (or already was) in the corpus. */
  public record FileResult(Path file, Outcome outcome, String message, ManifestEntry entry, int records) {}

  /** The files' results and the new index version, or null when the served one stays. */
  public record Result(List<FileResult> files, IndexBuilder.Result index) {
    public boolean allAccepted() {
      return files.stream().noneMatch(f -> f.outcome() == Outcome.REJECTED);
    }
  }

  private record Staged(IngestRequest request, ManifestEntry entry, int records, String note) {}

  /** One batch at a time per corpus, also across processes (the CLI and the admin API). */
  public synchronized Result ingest(List<IngestRequest> requests, PrintStream log) throws IOException {
    try (FileChannel channel = FileChannel.open(store.corpusDir().resolve(LOCK_FILE),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      return ingestLocked(requests, log);
    }
  }

  private Result ingestLocked(List<IngestRequest> requests, PrintStream log) throws IOException {
    Manifest manifest = Manifest.read(store.corpusDir());
    List<ManifestEntry> entries = new ArrayList<>(manifest.documents());
    List<FileResult> results = new ArrayList<>();
    List<Staged> staged = new ArrayList<>();
    for (IngestRequest request : requests) {
      long start = System.nanoTime();
      try {
        MediaType type = fileCheck.check(request.file());
        String sha256 = CorpusStore.sha256(request.file());
        Optional<ManifestEntry> known = CorpusStore.withSha256(entries, sha256);
        if (known.isPresent()) {
          results.add(new FileResult(request.file(), Outcome.UNCHANGED, request.file().getFileName()
              + ": already in the corpus as " + known.get().id() + " (" + known.get().file()
              + "): nothing changed", known.get(), 0));
          continue;
        }
        Staged added = stage(request, type, sha256, entries);
        entries.add(added.entry());
        staged.add(added);
        log.printf("  read %s as %s %s: %d records in %d ms%s%n", request.file().getFileName(),
            added.entry().id(), added.entry().kind(), added.records(),
            (System.nanoTime() - start) / 1_000_000, added.note());
      } catch (RejectedFileException e) {
        results.add(new FileResult(request.file(), Outcome.REJECTED, e.getMessage(), null, 0));
      } catch (IOException e) {
        results.add(new FileResult(request.file(), Outcome.REJECTED,
            request.file().getFileName() + ": cannot be read or stored: " + e.getMessage(), null, 0));
      }
    }
    if (staged.isEmpty()) {
      return new Result(results, null);
    }
    IndexBuilder.Result index = buildIndex(entries, staged, log);
    for (Staged s : staged) {
      results.add(index == null
          ? new FileResult(s.request().file(), Outcome.REJECTED, s.request().file().getFileName()
              + ": the index build failed, so it was not added", null, 0)
          : new FileResult(s.request().file(), Outcome.ADDED, s.request().file().getFileName()
              + ": added as " + s.entry().id() + " (" + s.entry().kind() + ", " + s.records()
              + " records)" + s.note(), s.entry(), s.records()));
    }
    return new Result(results, index);
  }

  /** Builds the version with the staged documents; only then does the manifest name them. */
  private IndexBuilder.Result buildIndex(List<ManifestEntry> entries, List<Staged> staged,
      PrintStream log) throws IOException {
    IndexBuilder.Result index = null;
    try {
      index = IndexCommand.build(loader, store.corpusDir(), entries, layout, log);
    } finally {
      if (index == null) {
        staged.forEach(s -> store.discard(s.entry(), s.request().file()));
      }
    }
    if (index != null) {
      new Manifest(entries).write(store.corpusDir());
    }
    return index;
  }

  /** Extracts, checks and reads one file and puts its text and original in the corpus folder. */
  private Staged stage(IngestRequest request, MediaType type, String sha256, List<ManifestEntry> entries)
      throws RejectedFileException, IOException {
    Path file = request.file();
    TextExtractor.Extracted extracted = extractor.extract(file, type);
    LanguageCheck.Result language = languageCheck.detect(extracted.text());
    if (!language.swedish() && !request.force()) {
      throw new RejectedFileException(file, "the text is not Swedish (detected: " + language.describe()
          + "); add it with --force if it belongs in the corpus");
    }
    List<String> lines = extracted.text().lines().toList();
    String kind = request.kind() != null ? request.kind() : kindDetector.detect(lines);
    String region = region(request, kind);
    String title = request.title() != null ? request.title()
        : extracted.title() != null ? extracted.title() : firstLine(lines);
    String publisher = region == null ? null : "Region " + region;
    ManifestEntry entry = CorpusStore.newEntry(entries, sha256, title, region, request.year(), kind, publisher);
    store.stage(entry, extracted.text(), file);
    try {
      return read(request, entry, entries);
    } catch (RejectedFileException | RuntimeException e) {
      store.discard(entry, file);
      throw e;
    }
  }

  /**
   * Reads the staged document with its kind's reader. A detected kind whose reader fails (or is
   * not wired in) falls back to the generic reader, so the document is searchable all the same;
   * a kind the person named must fit.
   */
  private Staged read(IngestRequest request, ManifestEntry entry, List<ManifestEntry> corpus)
      throws RejectedFileException {
    String problem;
    try {
      if (loader.reads(entry.kind())) {
        return new Staged(request, entry, records(entry, corpus).size(), "");
      }
      problem = "no reader for " + entry.kind() + " is wired in";
    } catch (IOException | RuntimeException e) {
      problem = e.getMessage();
    }
    if (request.kind() != null || entry.kind().equals(DocumentKind.GENERIC)) {
      throw new RejectedFileException(request.file(), "cannot be read as " + entry.kind() + ": " + problem);
    }
    ManifestEntry generic = new ManifestEntry(entry.id(), entry.file(), entry.title(), entry.region(),
        entry.year(), DocumentKind.GENERIC, entry.publisher(), entry.sha256());
    try {
      return new Staged(request, generic, records(generic, corpus).size(),
          " (looked like " + entry.kind() + " but " + problem + ": read by its headings instead)");
    } catch (IOException | RuntimeException e) {
      throw new RejectedFileException(request.file(), "cannot be read: " + e.getMessage());
    }
  }

  private List<Record> records(ManifestEntry entry, List<ManifestEntry> corpus) throws IOException {
    return loader.read(store.corpusDir(), corpus, entry);
  }

  private static String region(IngestRequest request, String kind) throws RejectedFileException {
    if (request.region() == null || request.region().isBlank()) {
      if (kind.equals(DocumentKind.TABLE_APPENDIX)) {
        return null;
      }
      throw new RejectedFileException(request.file(), "a " + kind + " document needs --region");
    }
    return Regions.canonical(request.region()).orElseThrow(() -> new RejectedFileException(request.file(),
        "unknown region '" + request.region() + "' (one of: " + String.join(", ", Regions.CANONICAL) + ")"));
  }

  private static String firstLine(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
  }
}
