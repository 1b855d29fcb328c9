package se.regionsok.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import se.regionsok.build.CorpusIndexer;
import se.regionsok.replicate.RevisionServer;
import se.regionsok.schema.IndexLayout;
import se.regionsok.schema.Inbox;

/**
 * The long-running writer ({@code ops/indexer}, started by {@code ops/serve}): publishes the corpus
 * when it starts (the first index, or what changed while it was down), then takes the documents
 * the server's admin route leaves in the inbox, one job at a time, and ingests each exactly as
 * {@code ops/ingest} does, writing the job's status for the server to answer with. A job that
 * fails is marked failed with its reason; the process goes on. With {@code REPLICATION_PORT} set
 * it is also the primary of read replicas: it offers every version it publishes to them.
 */
public final class IndexerDaemon {
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration KEEP_FINISHED_JOBS = Duration.ofDays(7);

  private final Inbox inbox;
  private final Ingester ingester;
  private final PrintStream log;

  public IndexerDaemon(Inbox inbox, Ingester ingester, PrintStream log) {
    this.inbox = inbox;
    this.ingester = ingester;
    this.log = log;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Path indexDir = Path.of(env("INDEX_DIR", "data/index"));
    CorpusIndexer indexer = CorpusIndexer.standard(Path.of(env("CORPUS_DIR", "corpus")), indexDir);
    String replicationPort = System.getenv("REPLICATION_PORT");
    if (replicationPort != null && !replicationPort.isBlank()) {
      // started first: replicas copy the last version while this process catches up on the corpus
      RevisionServer revisions = RevisionServer.start(new IndexLayout(indexDir),
          env("REPLICATION_HOST", "0.0.0.0"), Integer.parseInt(replicationPort));
      System.out.println("Publishing revisions to replicas on port " + revisions.port());
    }
    long maxBytes = Long.parseLong(env("MAX_UPLOAD_MB", "50")) * 1024 * 1024;
    PrintStream log = System.out;
    CorpusIndexer.Publication first = indexer.indexCorpus("indexer", false, log);
    if (first.version() == null) {
      log.println("error: nothing in " + indexer.corpusDir() + " could be indexed");
      System.exit(1);
    }
    Inbox inbox = new Inbox(Path.of(env("INBOX_DIR", "data/inbox")));
    Files.createDirectories(inbox.root());
    try (FileChannel channel = FileChannel.open(inbox.root().resolve(".indexer.lock"),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock only = channel.tryLock()) {
      if (only == null) {
        log.println("error: another indexer is already taking uploads from " + inbox.root());
        System.exit(1);
      }
      IndexerDaemon daemon = new IndexerDaemon(inbox, new Ingester(indexer, maxBytes), log);
      daemon.failInterrupted();
      log.println("Indexer ready: watching " + inbox.root().toAbsolutePath() + " for uploads");
      daemon.run();
    }
  }

  /**
   * A job still marked running when the indexer starts is one its predecessor died on (out of
   * memory, killed): it is failed rather than retried, so one document cannot crash it forever.
   */
  void failInterrupted() throws IOException {
    for (String job : inbox.unfinished()) {
      if (inbox.status(job).map(s -> s.status().equals(Inbox.RUNNING)).orElse(false)) {
        inbox.setStatus(job, Inbox.FAILED, "the indexer stopped while reading this document; "
            + "it was not added (upload it again to retry)", 0);
        inbox.discardUpload(job);
        log.println("job " + job + " failed: the indexer stopped while reading it");
      }
    }
  }

  /** Works through the inbox until interrupted. */
  public void run() throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        inbox.clean(KEEP_FINISHED_JOBS);
        for (String job : inbox.unfinished()) {
          process(job);
        }
      } catch (IOException | RuntimeException e) {
        log.println("error: the inbox could not be read: " + e.getMessage());
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** Ingests one job's document and records how it went; never throws for a bad document. */
  void process(String job) throws IOException {
    inbox.setStatus(job, Inbox.RUNNING, "the indexer is reading the document", 0);
    String status;
    String message;
    int records = 0;
    try {
      Inbox.Request request = inbox.request(job);
      IngestRequest ingest = new IngestRequest(inbox.file(job), request.region(), request.year(),
          request.kind(), request.title(), request.force());
      Ingester.FileResult result = ingester.ingest(List.of(ingest), "indexer, job " + job, log).files().get(0);
      status = result.outcome() == Ingester.Outcome.REJECTED ? Inbox.FAILED : Inbox.DONE;
      message = result.message();
      records = result.records();
    } catch (IOException | RuntimeException e) {
      status = Inbox.FAILED;
      message = "the indexer could not add it: " + e.getMessage();
    }
    log.println("job " + job + " " + status + ": " + message);
    inbox.setStatus(job, status, message, records);
    inbox.discardUpload(job);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
