package se.regionsok.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The corpus manifest ({@code corpus/manifest.json}): which documents exist and what they are. */
public record Manifest(List<ManifestEntry> documents) {
  public static final String FILE_NAME = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Manifest {
    documents = List.copyOf(documents);
  }

  public static Manifest read(Path corpusDir) {
    try {
      return JSON.readValue(corpusDir.resolve(FILE_NAME).toFile(), Manifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + corpusDir.resolve(FILE_NAME), e);
    }
  }

  public void write(Path corpusDir) throws IOException {
    Path target = corpusDir.resolve(FILE_NAME);
    Path tmp = Files.createTempFile(corpusDir, FILE_NAME, ".tmp");
    JSON.writeValue(tmp.toFile(), this);
    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  public Manifest plus(ManifestEntry entry) {
    List<ManifestEntry> more = new ArrayList<>(documents);
    more.add(entry);
    return new Manifest(more);
  }
}
