package se.regionsok.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import se.regionsok.schema.IndexLayout;
import se.regionsok.schema.Revision;

/**
 * Copies the primary's current revision into this replica's own index layout, as the indexer
 * publishes a version on one machine: files into a folder named as the primary's version, each
 * checked against its CRC-32 and made durable, {@code COMMITTED} last, then the {@code CURRENT}
 * pointer renamed. Files the served version already holds unchanged are hard-linked, not copied,
 * so a new revision costs what changed. The served index then switches as it does on one node.
 */
public final class RevisionPuller {
  private static final String COMMITTED = "COMMITTED";

  private final URI primary;
  private final IndexLayout layout;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Revision local; // the revision copied last by this process, for hard-linking

  public RevisionPuller(URI primary, IndexLayout layout) {
    this.primary = primary;
    this.layout = layout;
  }

  public URI primary() {
    return primary;
  }

  /**
   * Makes the primary's current revision the local current version. Returns the version copied,
   * or empty when the local one is already the primary's (or the primary has none yet).
   */
  public Optional<String> pull() throws IOException, InterruptedException {
    HttpResponse<InputStream> answer = http.send(request(Revision.PATH), HttpResponse.BodyHandlers.ofInputStream());
    if (answer.statusCode() == 404) {
      answer.body().close();
      return Optional.empty();
    }
    Revision revision;
    try (InputStream body = answer.body()) {
      if (answer.statusCode() != 200) {
        throw new IOException("the primary answered " + answer.statusCode() + " for " + Revision.PATH);
      }
      revision = Revision.fromJson(body);
    }
    if (layout.currentVersion().filter(revision.version()::equals).isPresent()) {
      local = revision;
      return Optional.empty();
    }
    copy(revision);
    layout.activate(revision.version());
    local = revision;
    layout.clean();
    return Optional.of(revision.version());
  }

  private void copy(Revision revision) throws IOException, InterruptedException {
    String version = revision.version();
    if (!Revision.isFileName(version) || !version.startsWith("v")) {
      throw new IOException("the primary offers a revision with a bad name: " + version);
    }
    Path target = layout.directory(version);
    if (Files.exists(target)) {
      layout.delete(version); // a copy a crash or a failed pull left half done
    }
    Files.createDirectories(target);
    Map<String, Revision.RevisionFile> reusable = reusableFiles();
    for (Revision.RevisionFile file : revision.files()) {
      if (!Revision.isFileName(file.name())) {
        throw new IOException("the primary offers a file with a bad name: " + file.name());
      }
      if (file.name().equals(COMMITTED)) {
        continue;
      }
      if (file.equals(reusable.get(file.name()))) {
        Files.createLink(target.resolve(file.name()),
            layout.directory(local.version()).resolve(file.name()));
      } else {
        download(version, file, target.resolve(file.name()));
      }
    }
    IndexLayout.syncDirectory(target);
    layout.markCommitted(version);
  }

  /** The files of the served version copied by this process, which the next one may share. */
  private Map<String, Revision.RevisionFile> reusableFiles() {
    if (local == null || layout.currentVersion().filter(local.version()::equals).isEmpty()) {
      return Map.of();
    }
    return local.files().stream().collect(Collectors.toMap(Revision.RevisionFile::name, Function.identity()));
  }

  private void download(String version, Revision.RevisionFile file, Path to) throws IOException, InterruptedException {
    HttpResponse<InputStream> answer = http.send(request(Revision.PATH + "/" + version + "/" + file.name()),
        HttpResponse.BodyHandlers.ofInputStream());
    try (CheckedInputStream in = new CheckedInputStream(answer.body(), new CRC32())) {
      if (answer.statusCode() != 200) {
        throw new IOException("the primary answered " + answer.statusCode() + " for " + file.name() + " of " + version);
      }
      try (FileChannel channel = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
        long size = in.transferTo(out);
        channel.force(true);
        if (size != file.size() || in.getChecksum().getValue() != file.crc32()) {
          throw new IOException(file.name() + " of " + version + " arrived damaged (" + size + " of "
              + file.size() + " bytes)");
        }
      }
    }
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(primary.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
  }
}
