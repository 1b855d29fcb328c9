package se.regionsok.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.regionsok.build.CorpusIndexer;
import se.regionsok.build.StandardPipeline;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.schema.IndexLayout;
import se.regionsok.schema.SearchFields;

/**
 * The one-writer rule with real processes: {@code IngestCommand} and {@code IndexCommand} started
 * as separate JVMs, killed with SIGKILL at each step of a publication, run at the same time, and
 * run out of disk (a small tmpfs). Afterwards the served version and the corpus manifest must
 * agree, no staged file or half-written version may be left, and a failure must leave the served
 * version as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriterProcessesTest {
  private static final String REPORT = """
      Återrapportering regionalt utvecklingsarbete 2025, Region Halland

      3. Innovation och förnyelse samt entreprenörskap och företagande
      3.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.
      Regionen har byggt upp ett tångodlingscentrum tillsammans med högskolan och länets fiskare.
      Satsningen har gett nya arbetstillfällen och fler företag inom blå ekonomi längs kusten.
      """;
  private static final String MARKER = "tångodlingscentrum";

  private Path base; // the bundled corpus and its served index, built once and copied per test

  @BeforeAll
  void buildOnce() throws IOException {
    base = Files.createTempDirectory("regionsok-writers");
    copyTree(Path.of("..", "corpus"), base.resolve("corpus"), p -> !p.toString().contains("eval"));
    CorpusIndexer.standard(base.resolve("corpus"), base.resolve("index"))
        .indexCorpus("test", false, quiet());
  }

  @AfterAll
  void removeBase() throws IOException {
    deleteTree(base);
  }

  @ParameterizedTest(name = "killed at {0}")
  @ValueSource(strings = {"staged", "committed", "activated", "manifest-written"})
  void aWriterKilledAtAnyStepLeavesServedVersionAndManifestInAgreement(String point) throws Exception {
    Workspace ws = Workspace.copyOf(base, Files.createTempDirectory("regionsok-kill"));
    try {
      String before = ws.layout().currentVersion().orElseThrow();
      WriterProcess ingest = ws.ingest(point, null);
      ingest.awaitOutput("PAUSED at " + point);
      ingest.kill();

      ByteArrayOutputStream log = new ByteArrayOutputStream();
      CorpusIndexer.standard(ws.corpus(), ws.index()).indexCorpus("next writer", false, new PrintStream(log, true));
      boolean published = point.equals("activated") || point.equals("manifest-written");
      ws.assertConsistent();
      assertEquals(published, ws.manifestIds().contains("halland-2025"), log.toString());
      assertEquals(published, ws.servedDocuments().stream().anyMatch(d -> d.startsWith("005_")));
      if (!published) {
        assertEquals(before, ws.layout().currentVersion().orElseThrow(), "nothing was published");
      }
    } finally {
      ws.close();
    }
  }

  @Test
  void aSecondWriterWaitsAndBothPublicationsLand() throws Exception {
    Workspace ws = Workspace.copyOf(base, Files.createTempDirectory("regionsok-concurrent"));
    try {
      Path resume = ws.root().resolve("resume");
      WriterProcess ingest = ws.ingest("staged", resume);
      ingest.awaitOutput("PAUSED at staged");
      WriterProcess index = ws.index(List.of("--full"));
      index.awaitOutput("Waiting: another writer, pid " + ingest.pid() + " (ops/ingest)");
      Files.writeString(resume, "go");

      assertEquals(0, ingest.awaitExit(), ingest.output());
      assertEquals(0, index.awaitExit(), index.output());
      ws.assertConsistent();
      assertTrue(ws.manifestIds().contains("halland-2025"));
      assertTrue(ws.servedDocuments().stream().anyMatch(d -> d.startsWith("005_")), "searchable after both");
    } finally {
      ws.close();
    }
  }

  @Test
  void aFullIndexDiskFailsTheBuildAndKeepsTheServedVersion() throws Exception {
    onSmallDisk("index", 5 * 1024 * 1024, (ws, disk, before, manifest) -> {
      WriterProcess index = ws.index(List.of("--full")); // a second whole version does not fit
      assertEquals(1, index.awaitExit(), index.output());
      assertTrue(index.output().contains("No space left on device"), index.output());
      assertEquals(before, ws.layout().currentVersion().orElseThrow());
      assertEquals(List.of(before), ws.layout().versions(), "the half-written version is removed");
    });
  }

  @Test
  void aFullCorpusDiskRejectsTheDocumentAndChangesNothing() throws Exception {
    onSmallDisk("corpus", 3 * 1024 * 1024, (ws, disk, before, manifest) -> {
      disk.fill();
      WriterProcess ingest = ws.ingest(null, null);
      assertEquals(1, ingest.awaitExit(), ingest.output());
      assertTrue(ingest.output().contains("REJECTED"), ingest.output());
      assertEquals(before, ws.layout().currentVersion().orElseThrow());
      assertEquals(manifest, Files.readString(ws.corpus().resolve("manifest.json")));
    });
  }

  @Test
  void aCorpusDiskThatFillsBeforeTheManifestIsWrittenUndoesTheSwitch() throws Exception {
    onSmallDisk("corpus", 3 * 1024 * 1024, (ws, disk, before, manifest) -> {
      Path resume = ws.root().resolve("resume");
      WriterProcess ingest = ws.ingest("activated", resume);
      ingest.awaitOutput("PAUSED at activated");
      assertNotEquals(before, ws.layout().currentVersion().orElseThrow(), "switched, manifest not yet written");
      disk.fill();
      Files.writeString(resume, "go");

      assertEquals(1, ingest.awaitExit(), ingest.output());
      assertTrue(ingest.output().contains("the served version stays " + before), ingest.output());
      assertEquals(before, ws.layout().currentVersion().orElseThrow(), "the switch was undone");
      disk.unfill();
      assertEquals(manifest, Files.readString(ws.corpus().resolve("manifest.json")));
    });
  }

  /** What a disk test checks, given the served version and the corpus manifest before it. */
  private interface DiskTest {
    void run(Workspace ws, Tmpfs disk, String servedBefore, String manifestBefore) throws Exception;
  }

  /** A workspace whose {@code folder} ("index" or "corpus") is a tmpfs of {@code bytes}; consistent afterwards. */
  private void onSmallDisk(String folder, long bytes, DiskTest test) throws Exception {
    Path root = Files.createTempDirectory("regionsok-small-" + folder);
    try (Tmpfs disk = Tmpfs.mount(root.resolve(folder), bytes)) {
      Workspace ws = Workspace.copyOf(base, root);
      test.run(ws, disk, ws.layout().currentVersion().orElseThrow(),
          Files.readString(ws.corpus().resolve("manifest.json")));
      ws.assertConsistent();
    } finally {
      deleteTree(root);
    }
  }

  /** A corpus folder and an index root, copied from the base. */
  private record Workspace(Path root, Path corpus, Path index) implements AutoCloseable {
    static Workspace copyOf(Path base, Path root) throws IOException {
      Workspace ws = new Workspace(root, root.resolve("corpus"), root.resolve("index"));
      copyTree(base.resolve("corpus"), ws.corpus(), p -> !p.getFileName().toString().equals(".writer.lock"));
      copyTree(base.resolve("index"), ws.index(), p -> true);
      Files.writeString(root.resolve("rapport.txt"), REPORT);
      return ws;
    }

    IndexLayout layout() {
      return new IndexLayout(index);
    }

    WriterProcess ingest(String pauseAt, Path resume) throws IOException {
      return WriterProcess.start("se.regionsok.ingest.IngestCommand",
          List.of(root.resolve("rapport.txt").toString(), "--region", "Halland", "--year", "2025"),
          corpus, index, pauseAt, resume, root.resolve("ingest.log"));
    }

    WriterProcess index(List<String> options) throws IOException {
      List<String> args = new ArrayList<>(options);
      args.add(corpus.toString());
      args.add(index.toString());
      return WriterProcess.start("se.regionsok.build.IndexCommand", args, corpus, index, null, null,
          root.resolve("index.log"));
    }

    Set<String> manifestIds() {
      return Manifest.read(corpus).documents().stream().map(ManifestEntry::id).collect(Collectors.toSet());
    }

    /** The source documents of the served version's records. */
    Set<String> servedDocuments() throws IOException {
      Set<String> documents = new HashSet<>();
      try (FSDirectory dir = FSDirectory.open(layout().directory(layout().currentVersion().orElseThrow()));
          DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
              documents.add(stored.document(doc).get(SearchFields.SOURCE_DOCUMENT));
            }
          }
        }
      }
      return documents;
    }

    /**
     * What every crash must leave: the manifest is the served version's, every listed document is
     * searchable and nothing searchable is unlisted, no staged leftovers, no half-written version.
     */
    void assertConsistent() throws IOException {
      String served = layout().currentVersion().orElseThrow();
      Manifest manifest = Manifest.read(corpus);
      assertEquals(Manifest.ofVersion(layout(), served).orElseThrow().documents(), manifest.documents(),
          "the corpus manifest is the served version's");
      Set<String> listed = manifest.documents().stream().map(ManifestEntry::fileName).collect(Collectors.toSet());
      assertEquals(listed, servedDocuments(), "searchable exactly when listed");
      try (Stream<Path> files = Files.list(corpus.resolve("documents"))) {
        assertEquals(listed, files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
            "no staged leftovers");
      }
      Path originals = corpus.resolve("originals");
      if (Files.isDirectory(originals)) {
        try (Stream<Path> files = Files.list(originals)) {
          for (Path original : files.toList()) {
            String stem = original.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            assertTrue(listed.contains(stem + ".txt"), "orphan original " + original);
          }
        }
      }
      assertFalse(Files.exists(corpus.resolve(".staging.json")), "journal cleared");
      for (String version : layout().versions()) {
        assertTrue(layout().isCommitted(version), "half-written version " + version + " left");
      }
    }

    @Override
    public void close() throws IOException {
      deleteTree(root);
    }
  }

  /** A writer JVM on the test classpath, its output in a file. */
  private record WriterProcess(Process process, Path log) {
    static WriterProcess start(String mainClass, List<String> args, Path corpus, Path index, String pauseAt,
        Path resume, Path log) throws IOException {
      List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
          "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
      command.addAll(args);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().put("CORPUS_DIR", corpus.toString());
      builder.environment().put("INDEX_DIR", index.toString());
      if (pauseAt != null) {
        builder.environment().put("REGIONSOK_PAUSE_AT", pauseAt);
      }
      if (resume != null) {
        builder.environment().put("REGIONSOK_RESUME_FILE", resume.toString());
      }
      return new WriterProcess(builder.start(), log);
    }

    long pid() {
      return process.pid();
    }

    String output() throws IOException {
      return Files.readString(log, StandardCharsets.UTF_8);
    }

    void awaitOutput(String text) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!output().contains(text)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new AssertionError("never printed '" + text + "':\n" + output());
        }
        Thread.sleep(50);
      }
    }

    /** SIGKILL: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }

    int awaitExit() throws InterruptedException {
      if (!process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the writer did not finish");
      }
      return process.exitValue();
    }
  }

  private static void copyTree(Path from, Path to, java.util.function.Predicate<Path> include) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.filter(include).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }
}
