package se.regionsok.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.corpus.Sha256;
import se.regionsok.index.IndexBuilder;
import se.regionsok.index.ServedRecords;
import se.regionsok.record.Record;
import se.regionsok.schema.IndexLayout;

/**
 * The one writer's publication step, as a library: turns a manifest into a committed index version
 * and makes it current. The version folder holds the manifest it was built from; the switch of
 * {@code CURRENT} is the single commit point; {@code corpus/manifest.json} follows from it. Records
 * of documents whose text, metadata and pipeline are unchanged are reused from the served version,
 * so adding one document costs one document. Every method wants the {@link WriterLock}.
 */
public final class CorpusIndexer {
  private final Path corpusDir;
  private final IndexLayout layout;
  private final CorpusLoader loader;
  private final IndexBuilder builder;

  public CorpusIndexer(Path corpusDir, IndexLayout layout, CorpusLoader loader) {
    this.corpusDir = corpusDir;
    this.layout = layout;
    this.loader = loader;
    this.builder = new IndexBuilder(layout);
  }

  public static CorpusIndexer standard(Path corpusDir, Path indexDir) {
    return new CorpusIndexer(corpusDir, new IndexLayout(indexDir), StandardPipeline.loader());
  }

  public Path corpusDir() {
    return corpusDir;
  }

  public IndexLayout layout() {
    return layout;
  }

  public CorpusLoader loader() {
    return loader;
  }

  /**
   * What a publication did. {@code version} is null when nothing could be indexed (the served
   * version stays); {@code changed} is false when the corpus was already served as it is.
   */
  public record Publication(String version, int records, boolean changed, int documentsRead,
      int documentsReused, List<DocumentReport> reports, List<CarryOver.Kept> kept, long millis) {}

  /**
   * Takes the writer lock (waiting for another writer), recovers what a crashed writer left and
   * publishes what the corpus manifest lists: what {@code ops/index} does.
   */
  public Publication indexCorpus(String who, boolean full, PrintStream log) throws IOException {
    try (WriterLock lock = WriterLock.acquire(corpusDir, who, log)) {
      recover(lock, log);
      return rebuild(lock, full, log);
    }
  }

  /**
   * Undoes what a crashed writer left, right after taking the lock: a version it committed gets
   * its manifest, files it staged for a version it did not commit are removed, and so are
   * unfinished version folders.
   */
  public void recover(WriterLock lock, PrintStream log) throws IOException {
    requireHeld(lock);
    Optional<StagingJournal> journal = StagingJournal.read(corpusDir);
    if (journal.isPresent()) {
      Optional<Manifest> served = layout.currentVersion().flatMap(v -> Manifest.ofVersion(layout, v));
      boolean committed = served.isPresent() && served.get().documents().containsAll(journal.get().entries());
      if (committed && !served.get().documents().equals(Manifest.read(corpusDir).documents())) {
        served.get().write(corpusDir);
        log.println("RECOVERED the manifest of version " + layout.currentVersion().get()
            + ", published before a writer stopped: it lists " + ids(journal.get().entries()));
      } else if (!committed) {
        for (String file : journal.get().files()) {
          Files.deleteIfExists(corpusDir.resolve(file));
        }
        if (!journal.get().files().isEmpty()) {
          log.println("REMOVED what an interrupted ingest left: " + String.join(", ", journal.get().files()));
        }
      }
      StagingJournal.clear(corpusDir);
    }
    Files.deleteIfExists(corpusDir.resolve(Manifest.FILE_NAME + ".tmp"));
    List<String> deleted = layout.clean();
    if (!deleted.isEmpty()) {
      log.println("REMOVED index versions that are neither served nor the last good one: " + String.join(", ", deleted));
    }
  }

  private static String ids(List<ManifestEntry> entries) {
    return entries.stream().map(ManifestEntry::id).collect(Collectors.joining(", "));
  }

  /** Publishes what {@code corpus/manifest.json} lists ({@code ops/index}); {@code full} reads every document again. */
  public Publication rebuild(WriterLock lock, boolean full, PrintStream log) throws IOException {
    return publish(lock, Manifest.read(corpusDir).documents(), Map.of(), full, log);
  }

  /**
   * Publishes a version of {@code entries} and makes {@code corpus/manifest.json} say the same.
   * {@code preRead} holds records the caller has already read (by source file name). A failed step
   * throws and leaves the served version and the manifest as they were.
   */
  public Publication publish(WriterLock lock, List<ManifestEntry> entries, Map<String, List<Record>> preRead,
      boolean full, PrintStream log) throws IOException {
    requireHeld(lock);
    requireUniqueIds(entries);
    long start = System.nanoTime();
    Optional<String> served = layout.currentVersion();
    Optional<BuildInfo> base = full ? Optional.empty() : served.flatMap(v -> BuildInfo.of(layout, v))
        .filter(info -> info.pipeline().equals(PipelineFingerprint.current()));
    Map<String, String> keys = documentKeys(entries);
    Map<String, String> baseKeys = base.map(BuildInfo::documents).orElse(Map.of());

    Set<String> toRead = new HashSet<>();
    for (ManifestEntry entry : entries) {
      String key = keys.get(entry.fileName());
      if (key == null || !key.equals(baseKeys.get(entry.fileName()))) {
        toRead.add(entry.fileName());
      }
    }
    Set<String> listed = entries.stream().map(ManifestEntry::fileName).collect(Collectors.toSet());
    Set<String> removed = new HashSet<>(baseKeys.keySet());
    removed.removeAll(listed);
    boolean manifestSame = served.flatMap(v -> Manifest.ofVersion(layout, v))
        .map(m -> m.documents().equals(entries)).orElse(false);
    if (base.isPresent() && toRead.isEmpty() && removed.isEmpty() && manifestSame) {
      log.println("Nothing changed: version " + served.get() + " stays current.");
      return new Publication(served.get(), recordCount(served.get()), false, 0, entries.size(), List.of(), List.of(),
          millisSince(start));
    }

    Loaded loaded = load(entries, toRead, preRead);
    printReports(loaded.reports(), log);
    Map<String, String> builtKeys = new TreeMap<>();
    List<CarryOver.Kept> kept = new ArrayList<>();
    Set<String> failed = loaded.reports().stream().filter(DocumentReport::failed)
        .map(r -> Path.of(r.file()).getFileName().toString()).collect(Collectors.toSet());
    for (String file : listed) {
      if (!failed.contains(file) && keys.containsKey(file)) {
        builtKeys.put(file, keys.get(file));
      } else if (baseKeys.containsKey(file)) {
        builtKeys.put(file, baseKeys.get(file)); // a failed read keeps what is served
      }
    }

    IndexBuilder.Result result;
    Map<String, String> files = Map.of(
        IndexLayout.VERSION_MANIFEST, new Manifest(entries).toJson(),
        IndexLayout.BUILD_INFO, new BuildInfo(PipelineFingerprint.current(), builtKeys).toJson());
    if (base.isPresent()) {
      Set<String> replace = new HashSet<>(removed);
      toRead.stream().filter(f -> !failed.contains(f)).forEach(replace::add);
      for (ManifestEntry entry : entries) {
        if (failed.contains(entry.fileName()) && baseKeys.containsKey(entry.fileName())) {
          kept.add(new CarryOver.Kept(entry.file(), ServedRecords.count(layout, served.get(), entry.fileName()),
              served.get(), "read failed"));
        }
      }
      printKept(kept, log);
      if (replace.isEmpty() && loaded.records().isEmpty() && manifestSame) {
        log.println("Nothing could be read anew: version " + served.get() + " stays current.");
        return new Publication(served.get(), recordCount(served.get()), false, 0, entries.size(),
            loaded.reports(), kept, millisSince(start));
      }
      result = builder.update(served.get(), replace, loaded.records(), files);
    } else {
      CarryOver.Result carried = CarryOver.apply(new CorpusLoader.Result(loaded.records(), loaded.reports()), layout);
      kept.addAll(carried.kept());
      printKept(kept, log);
      if (carried.records().isEmpty()) {
        log.println("No records: the index was not changed.");
        return new Publication(null, 0, false, loaded.read(), 0, loaded.reports(), kept, millisSince(start));
      }
      result = builder.write(carried.records(), files);
    }
    commit(result.version(), served, entries);
    log.printf("Published version %s: %d records (%d documents read, %d reused; %d ms)%n", result.version(),
        result.records(), loaded.read(), entries.size() - toRead.size(), millisSince(start));
    return new Publication(result.version(), result.records(), true, loaded.read(),
        entries.size() - toRead.size(), loaded.reports(), kept, millisSince(start));
  }

  /**
   * The commit: {@code CURRENT} names the new version, then the corpus manifest follows. If the
   * manifest cannot be written (a full disk), the switch is undone, so a failure never leaves a
   * served version the manifest does not describe.
   */
  private void commit(String version, Optional<String> previous, List<ManifestEntry> entries) throws IOException {
    try {
      PublishPause.at("committed");
      layout.activate(version);
      PublishPause.at("activated");
      if (!Files.isRegularFile(corpusDir.resolve(Manifest.FILE_NAME))
          || !Manifest.read(corpusDir).documents().equals(entries)) {
        new Manifest(entries).write(corpusDir);
      }
      PublishPause.at("manifest-written");
    } catch (IOException | RuntimeException e) {
      if (previous.isPresent() && layout.currentVersion().filter(version::equals).isPresent()) {
        layout.activate(previous.get());
      }
      if (!layout.currentVersion().filter(version::equals).isPresent()) {
        layout.delete(version);
      }
      throw new IOException("publishing failed, the served version stays " + previous.orElse("(none)")
          + ": " + e.getMessage(), e);
    }
    layout.clean();
  }

  /** Records read anew: the caller's and the loader's; failures reported per document. */
  private record Loaded(List<Record> records, List<DocumentReport> reports, int read) {}

  private Loaded load(List<ManifestEntry> entries, Set<String> toRead, Map<String, List<Record>> preRead) {
    Set<String> needLoader = new HashSet<>(toRead);
    needLoader.removeAll(preRead.keySet());
    CorpusLoader.Result result = needLoader.isEmpty()
        ? new CorpusLoader.Result(List.of(), List.of())
        : loader.load(corpusDir, entries, e -> needLoader.contains(e.fileName()));
    List<Record> records = new ArrayList<>(result.records());
    List<DocumentReport> reports = new ArrayList<>(result.reports());
    for (ManifestEntry entry : entries) {
      List<Record> given = preRead.get(entry.fileName());
      if (given != null && toRead.contains(entry.fileName())) {
        records.addAll(given);
        reports.add(new DocumentReport(entry.file(), entry.kind(), given.size(),
            (int) given.stream().filter(Record::placeholder).count(), null));
      }
    }
    return new Loaded(records, reports, toRead.size());
  }

  /**
   * Per document: what its records depend on. The text, the manifest entry and the pipeline; and
   * for every document but a table appendix, the appendices, whose words are the OCR repair's
   * vocabulary. A document whose file cannot be read has no key (it is read, and reported).
   */
  private Map<String, String> documentKeys(List<ManifestEntry> entries) {
    Map<String, String> textHashes = new LinkedHashMap<>();
    for (ManifestEntry entry : entries) {
      try {
        textHashes.put(entry.fileName(), Sha256.of(corpusDir.resolve(entry.file())));
      } catch (IOException e) {
        // reported when the loader tries it
      }
    }
    String vocabulary = Sha256.of(entries.stream().filter(e -> DocumentKind.TABLE_APPENDIX.equals(e.kind()))
        .map(e -> e.fileName() + "=" + textHashes.get(e.fileName())).sorted().toArray(String[]::new));
    Map<String, String> keys = new HashMap<>();
    for (ManifestEntry entry : entries) {
      String text = textHashes.get(entry.fileName());
      if (text != null) {
        keys.put(entry.fileName(), Sha256.of(PipelineFingerprint.current(), entry.toString(), text,
            DocumentKind.TABLE_APPENDIX.equals(entry.kind()) ? "" : vocabulary));
      }
    }
    return keys;
  }

  private int recordCount(String version) throws IOException {
    return ServedRecords.count(layout, version, null);
  }

  /** Record ids start with the document id, so two documents of one id would overwrite each other's records. */
  private static void requireUniqueIds(List<ManifestEntry> entries) {
    Set<String> seen = new HashSet<>();
    for (ManifestEntry entry : entries) {
      if (!seen.add(entry.id()) || !seen.add("file:" + entry.fileName())) {
        throw new IllegalArgumentException("the manifest lists document id " + entry.id() + " or file "
            + entry.fileName() + " twice");
      }
    }
  }

  private void requireHeld(WriterLock lock) {
    if (lock == null || !lock.corpusDir().equals(corpusDir.toAbsolutePath().normalize())) {
      throw new IllegalStateException("publishing needs the writer lock of " + corpusDir);
    }
  }

  private static void printKept(List<CarryOver.Kept> kept, PrintStream log) {
    for (CarryOver.Kept k : kept) {
      log.printf("  KEPT    %s: its %d records from the served version %s%n", k.file(), k.records(), k.fromVersion());
    }
  }

  private static void printReports(List<DocumentReport> reports, PrintStream log) {
    for (DocumentReport report : reports) {
      log.println(report.failed()
          ? "  SKIPPED " + report.file() + ": " + report.error()
          : String.format("  %-40s %-17s %4d records (%d placeholders)", report.file(),
              report.kind(), report.records(), report.placeholders()));
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
