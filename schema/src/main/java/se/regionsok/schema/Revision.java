package se.regionsok.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * A published index version as the primary offers it to read replicas: the version's name and
 * every file of its folder (Lucene's and the layout's, {@code COMMITTED} included) with size and
 * CRC-32, so a replica copies only what it lacks and checks what it copied. Version folders never
 * change once committed, which is what makes a folder a revision.
 *
 * <p>The protocol, over plain HTTP: {@code GET /revision} answers this record as JSON (404 while
 * the primary has none); {@code GET /revision/{version}/{file}} answers one file's bytes.
 */
public record Revision(String version, List<RevisionFile> files) {
  public static final String PATH = "/revision";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public record RevisionFile(String name, long size, long crc32) {}

  /** The revision of a committed version folder (reads every file once for its checksum). */
  public static Revision of(IndexLayout layout, String version) throws IOException {
    if (!layout.isCommitted(version)) {
      throw new IllegalArgumentException("version " + version + " is not committed");
    }
    try (Stream<Path> paths = Files.list(layout.directory(version))) {
      List<Path> files = paths.filter(Files::isRegularFile).sorted().toList();
      List<RevisionFile> listed = new ArrayList<>();
      for (Path file : files) {
        listed.add(new RevisionFile(file.getFileName().toString(), Files.size(file), crc32(file)));
      }
      return new Revision(version, List.copyOf(listed));
    }
  }

  /** Whether {@code name} may be a file of a version folder (no path, nothing hidden). */
  public static boolean isFileName(String name) {
    return name.matches("[A-Za-z0-9_][A-Za-z0-9_.\\-]*") && !name.contains("..");
  }

  public static long crc32(Path file) throws IOException {
    try (CheckedInputStream in = new CheckedInputStream(Files.newInputStream(file), new CRC32())) {
      in.transferTo(OutputStream.nullOutputStream());
      return in.getChecksum().getValue();
    }
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Revision fromJson(InputStream json) throws IOException {
    return JSON.readValue(json, Revision.class);
  }
}
