package se.regionsok.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small tmpfs mounted on a folder, to run a writer out of disk for real. Mounting needs root;
 * where it is refused the test is skipped with the reason (the CI machine runs as root).
 */
final class Tmpfs implements AutoCloseable {
  private final Path mountPoint;

  private Tmpfs(Path mountPoint) {
    this.mountPoint = mountPoint;
  }

  static Tmpfs mount(Path mountPoint, long bytes) throws IOException, InterruptedException {
    Files.createDirectories(mountPoint);
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs",
        mountPoint.toString()).redirectErrorStream(true).start();
    String output = new String(mount.getInputStream().readAllBytes());
    assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here (needs root): " + output);
    return new Tmpfs(mountPoint);
  }

  /** Writes a filler file until the disk refuses more. */
  void fill() throws IOException {
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(filler())) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // the disk is full: what the test wants
    }
  }

  void unfill() throws IOException {
    Files.deleteIfExists(filler());
  }

  private Path filler() {
    return mountPoint.resolve(".filler");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    new ProcessBuilder("umount", "-l", mountPoint.toString()).inheritIO().start().waitFor();
  }
}
