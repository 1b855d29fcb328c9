package se.regionsok.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one-writer rule: {@code ops/index}, {@code ops/ingest} and the indexer process take this
 * exclusive lock on the corpus before they read the manifest and hold it until their version is
 * published. A second writer waits, saying who it waits for. The operating system releases the
 * lock when its holder dies, even by kill -9, so a crash never leaves the corpus locked.
 */
public final class WriterLock implements AutoCloseable {
  static final String LOCK_FILE = ".writer.lock";
  /** File locks are per process; writers in one JVM (tests, the indexer's threads) queue here first. */
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path corpusDir;
  private final ReentrantLock inProcess;
  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(Path corpusDir, ReentrantLock inProcess, FileChannel channel, FileLock lock) {
    this.corpusDir = corpusDir;
    this.inProcess = inProcess;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock, waiting for another writer (and telling {@code log} so) if one holds it. */
  public static WriterLock acquire(Path corpusDir, String who, PrintStream log) throws IOException {
    Path key = corpusDir.toAbsolutePath().normalize();
    ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
    if (!inProcess.tryLock()) {
      log.println("Waiting: another writer in this process is publishing an index version");
      inProcess.lock();
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(key);
      channel = FileChannel.open(key.resolve(LOCK_FILE), StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        log.println("Waiting: " + holder(key) + " is writing the corpus and the index");
        lock = channel.lock();
      }
      tellWhoHolds(channel, who);
      return new WriterLock(key, inProcess, channel, lock);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      inProcess.unlock();
      throw e;
    }
  }

  /** For a waiting writer's message; best effort, since a full disk must not stop the writer that would report it. */
  private static void tellWhoHolds(FileChannel channel, String who) {
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " (" + who + ") since "
          + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
    } catch (IOException e) {
      // the lock is held all the same
    }
  }

  /** Who holds the lock, as its holder wrote it. */
  private static String holder(Path corpusDir) {
    try {
      String text = Files.readString(corpusDir.resolve(LOCK_FILE)).strip();
      return text.isEmpty() ? "another writer" : "another writer, " + text + ",";
    } catch (IOException e) {
      return "another writer";
    }
  }

  public Path corpusDir() {
    return corpusDir;
  }

  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0); // nobody holds it now
      lock.release();
      channel.close();
    } finally {
      inProcess.unlock();
    }
  }
}
