package se.regionsok.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.tika.mime.MediaType;

/**
 * The text of a PDF, Word, ODT, RTF, HTML or text file (see {@link TikaExtraction}), extracted in
 * a JVM of its own per file ({@link ExtractionChild}) within {@link ExtractionLimits}: a zip bomb,
 * a huge PDF or a parser that never ends costs that JVM its heap or its time, never the indexer's,
 * and cannot spoil the next file. Every failure is a {@link RejectedFileException} naming the cause.
 */
public final class TextExtractor {
  /** The child's exit status when its own time-limit watchdog fires, as timeout(1) uses. */
  static final int TIMED_OUT = 124;
  /** The exit status -XX:+ExitOnOutOfMemoryError gives. */
  private static final int OUT_OF_MEMORY = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExtractionLimits limits;

  public record Extracted(String text, String title, int pages) {}

  public TextExtractor() {
    this(ExtractionLimits.DEFAULT);
  }

  public TextExtractor(ExtractionLimits limits) {
    this.limits = limits;
  }

  public Extracted extract(Path file, MediaType type) throws RejectedFileException {
    Path work = null;
    try {
      work = Files.createTempDirectory("regionsok-extraction-");
      Path outcomeFile = work.resolve("outcome.json");
      Path errors = work.resolve("stderr.txt");
      Process child = new ProcessBuilder(command(file, type, outcomeFile))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(errors.toFile())
          .start();
      if (!finishesInTime(child)) {
        throw new RejectedFileException(file, "text extraction took longer than " + limits.describeTimeLimit()
            + ": the file is too large or too complex to read");
      }
      int status = child.exitValue();
      if (status == OUT_OF_MEMORY) {
        throw new RejectedFileException(file, "text extraction ran out of memory (limit " + limits.heapMb()
            + " MB): the file holds far more than a report does, or is built to exhaust memory");
      }
      if (status != 0 || !Files.isRegularFile(outcomeFile)) {
        throw new RejectedFileException(file, "text extraction failed (exit status " + status + "): "
            + lastErrorLine(errors));
      }
      ExtractionChild.Outcome outcome = JSON.readValue(outcomeFile.toFile(), ExtractionChild.Outcome.class);
      if (outcome.rejection() != null) {
        throw new RejectedFileException(file, outcome.rejection());
      }
      return outcome.extracted();
    } catch (IOException e) {
      throw new RejectedFileException(file, "text extraction could not be run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RejectedFileException(file, "text extraction was interrupted");
    } finally {
      deleteQuietly(work);
    }
  }

  /** The same java and classpath as this JVM, with the child's own heap. */
  private List<String> command(Path file, MediaType type, Path outcomeFile) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of("-Xmx" + limits.heapMb() + "m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
        "-XX:-UsePerfData", "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"), ExtractionChild.class.getName(),
        file.toAbsolutePath().toString(), type.toString(), Integer.toString(limits.maxChars()),
        Long.toString(limits.timeLimit().toMillis()), outcomeFile.toString()));
    return command;
  }

  /** Waits up to the time limit; past it the child is killed, without waiting for it to tidy up. */
  private boolean finishesInTime(Process child) throws InterruptedException {
    try {
      if (child.waitFor(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS)) {
        return child.exitValue() != TIMED_OUT;
      }
      return false;
    } finally {
      if (child.isAlive()) {
        child.destroyForcibly();
        child.onExit().join();
      }
    }
  }

  /**
   * The child's last stderr line that names an error, e.g. the JVM's reason for not starting;
   * parsers' warnings come before it.
   */
  private static String lastErrorLine(Path errors) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(errors)) {
      ByteBuffer tail = ByteBuffer.allocate((int) Math.min(channel.size(), 8192));
      channel.position(channel.size() - tail.capacity()).read(tail);
      List<String> lines = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty()).toList();
      return lines.reversed().stream().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst()
          .orElse(lines.isEmpty() ? "no message" : lines.getLast());
    }
  }

  private static void deleteQuietly(Path work) {
    if (work == null) {
      return;
    }
    try (var files = Files.list(work)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(work);
    } catch (IOException e) {
      // a leftover temp file is not worth failing the file for
    }
  }
}
