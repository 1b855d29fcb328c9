package se.regionsok.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Optional;
import se.regionsok.schema.IndexLayout;

/** The corpus manifest ({@code corpus/manifest.json}): which documents exist and what they are. */
public record Manifest(List<ManifestEntry> documents) {
  public static final String FILE_NAME = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Manifest {
    documents = List.copyOf(documents);
  }

  public static Manifest read(Path corpusDir) {
    return readFile(corpusDir.resolve(FILE_NAME));
  }

  /** The manifest an index version was built from, if it was built by the corpus indexer. */
  public static Optional<Manifest> ofVersion(IndexLayout layout, String version) {
    Path file = layout.directory(version).resolve(IndexLayout.VERSION_MANIFEST);
    return Files.isRegularFile(file) ? Optional.of(readFile(file)) : Optional.empty();
  }

  private static Manifest readFile(Path file) {
    try {
      return JSON.readValue(file.toFile(), Manifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces {@code corpus/manifest.json} atomically and durably, keeping the file's permissions
   * (a temporary file would otherwise leave it readable by its owner only).
   */
  public void write(Path corpusDir) throws IOException {
    Path target = corpusDir.resolve(FILE_NAME);
    Path tmp = corpusDir.resolve(FILE_NAME + ".tmp");
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(toJson().getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    PosixFileAttributeView attributes = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (attributes != null && Files.exists(target)) {
      Files.setPosixFilePermissions(tmp, attributes.readAttributes().permissions());
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    IndexLayout.syncDirectory(corpusDir);
  }
}
