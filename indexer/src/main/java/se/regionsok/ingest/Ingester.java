package se.regionsok.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.mime.MediaType;
import se.regionsok.build.CorpusIndexer;
import se.regionsok.build.CorpusLoader;
import se.regionsok.build.DocumentReport;
import se.regionsok.build.PublishPause;
import se.regionsok.build.StagingJournal;
import se.regionsok.build.WriterLock;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.corpus.Sha256;
import se.regionsok.record.Record;
import se.regionsok.record.Regions;

/**
 * Adds files to the corpus and the index: check → extract text (in a child process) → language →
 * kind → the same reader, repair and enrichers as the bundled corpus → stage text and original →
 * publish one new index version for the whole batch, which also writes the manifest. It holds the
 * {@link WriterLock} throughout, so it never interleaves with {@code ops/index} or the indexer. A
 * file that fails is reported and left out and the others go on; the staged files are in a
 * {@link StagingJournal} first, so a crash at any moment leaves nothing the next writer cannot
 * either publish or remove.
 */
public final class Ingester {
  private final CorpusStore store;
  private final CorpusIndexer indexer;
  private final CorpusLoader loader;
  private final FileCheck fileCheck;
  private final TextExtractor extractor = new TextExtractor();
  private final LanguageCheck languageCheck = new LanguageCheck();
  private final KindDetector kindDetector = new KindDetector();

  public Ingester(CorpusIndexer indexer, long maxBytes) {
    this.store = new CorpusStore(indexer.corpusDir());
    this.indexer = indexer;
    this.loader = indexer.loader();
    this.fileCheck = new FileCheck(maxBytes);
  }

  public enum Outcome { ADDED, UNCHANGED, REJECTED }

  /** What happened to one file; {@code entry} is set when it is (or already was) in the corpus. */
  public record FileResult(Path file, Outcome outcome, String message, ManifestEntry entry, int records) {}

  /** The files' results and the publication, or null when the served version stays. */
  public record Result(List<FileResult> files, CorpusIndexer.Publication index) {
    public boolean allAccepted() {
      return files.stream().noneMatch(f -> f.outcome() == Outcome.REJECTED);
    }
  }

  private record Staged(IngestRequest request, ManifestEntry entry, List<Record> records, String note) {}

  /** Takes the writer lock (waiting for another writer), then ingests the batch. */
  public Result ingest(List<IngestRequest> requests, String who, PrintStream log) throws IOException {
    try (WriterLock lock = WriterLock.acquire(store.corpusDir(), who, log)) {
      indexer.recover(lock, log);
      return ingestLocked(lock, requests, log);
    }
  }

  private Result ingestLocked(WriterLock lock, List<IngestRequest> requests, PrintStream log) throws IOException {
    List<ManifestEntry> entries = new ArrayList<>(Manifest.read(store.corpusDir()).documents());
    List<FileResult> results = new ArrayList<>();
    List<Staged> staged = new ArrayList<>();
    StagingJournal journal = StagingJournal.empty();
    for (IngestRequest request : requests) {
      long start = System.nanoTime();
      try {
        MediaType type = fileCheck.check(request.file());
        String sha256 = Sha256.of(request.file());
        Optional<ManifestEntry> known = CorpusStore.withSha256(entries, sha256);
        if (known.isPresent()) {
          results.add(new FileResult(request.file(), Outcome.UNCHANGED, request.file().getFileName()
              + ": already in the corpus as " + known.get().id() + " (" + known.get().file()
              + "): nothing changed", known.get(), 0));
          continue;
        }
        Prepared prepared = prepare(request, type, sha256, entries);
        journal = journal.with(prepared.entry(), store.files(prepared.entry(), request.file()));
        journal.write(store.corpusDir()); // before the files: a crash leaves nothing unaccounted for
        Staged added = stage(request, prepared, entries);
        entries.add(added.entry());
        staged.add(added);
        log.printf("  read %s as %s %s: %d records in %d ms%s%n", request.file().getFileName(),
            added.entry().id(), added.entry().kind(), added.records().size(),
            (System.nanoTime() - start) / 1_000_000, added.note());
      } catch (RejectedFileException e) {
        results.add(new FileResult(request.file(), Outcome.REJECTED, e.getMessage(), null, 0));
      } catch (IOException e) {
        results.add(new FileResult(request.file(), Outcome.REJECTED,
            request.file().getFileName() + ": cannot be read or stored: " + e.getMessage(), null, 0));
      }
    }
    if (staged.isEmpty()) {
      StagingJournal.clear(store.corpusDir());
      return new Result(results, null);
    }
    PublishPause.at("staged");
    CorpusIndexer.Publication index = publish(lock, entries, staged, log);
    for (Staged s : staged) {
      results.add(index == null
          ? new FileResult(s.request().file(), Outcome.REJECTED, s.request().file().getFileName()
              + ": the index could not be published, so it was not added", null, 0)
          : new FileResult(s.request().file(), Outcome.ADDED, s.request().file().getFileName()
              + ": added as " + s.entry().id() + " (" + s.entry().kind() + ", " + s.records().size()
              + " records)" + s.note(), s.entry(), s.records().size()));
    }
    return new Result(results, index);
  }

  /** Publishes the batch; on failure its staged files go and the served version stays. */
  private CorpusIndexer.Publication publish(WriterLock lock, List<ManifestEntry> entries, List<Staged> staged,
      PrintStream log) throws IOException {
    Map<String, List<Record>> preRead = new HashMap<>();
    staged.forEach(s -> preRead.put(s.entry().fileName(), s.records()));
    CorpusIndexer.Publication index = null;
    try {
      index = indexer.publish(lock, entries, preRead, false, log);
    } catch (IOException | RuntimeException e) {
      log.println("Publishing failed: " + e.getMessage());
    }
    if (index == null || index.version() == null) {
      staged.forEach(s -> store.discard(s.entry(), s.request().file()));
      index = null;
    }
    StagingJournal.clear(store.corpusDir());
    return index;
  }

  /** A checked, extracted file with the manifest entry it would get. */
  private record Prepared(ManifestEntry entry, String text) {}

  private Prepared prepare(IngestRequest request, MediaType type, String sha256, List<ManifestEntry> entries)
      throws RejectedFileException {
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
    return new Prepared(CorpusStore.newEntry(entries, sha256, title, region, request.year(), kind, publisher),
        extracted.text());
  }

  /** Puts the text and original in the corpus folder and reads the records the index will hold. */
  private Staged stage(IngestRequest request, Prepared prepared, List<ManifestEntry> entries)
      throws RejectedFileException, IOException {
    try {
      store.stage(prepared.entry(), prepared.text(), request.file());
      return read(request, prepared.entry(), entries);
    } catch (RejectedFileException | IOException | RuntimeException e) {
      store.discard(prepared.entry(), request.file());
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
        return new Staged(request, entry, records(entry, corpus), "");
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
      return new Staged(request, generic, records(generic, corpus),
          " (looked like " + entry.kind() + " but " + problem + ": read by its headings instead)");
    } catch (IOException | RuntimeException e) {
      throw new RejectedFileException(request.file(), "cannot be read: " + e.getMessage());
    }
  }

  /** The records of {@code entry} as a build of the corpus with it would read them. */
  private List<Record> records(ManifestEntry entry, List<ManifestEntry> corpus) throws IOException {
    List<ManifestEntry> with = new ArrayList<>(corpus);
    with.add(entry);
    CorpusLoader.Result result = loader.load(store.corpusDir(), with, e -> e == entry);
    Optional<DocumentReport> failure = result.reports().stream().filter(DocumentReport::failed)
        .filter(r -> r.file().equals(entry.file())).findFirst();
    if (failure.isPresent()) {
      throw new IOException(failure.get().error());
    }
    return result.records();
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
