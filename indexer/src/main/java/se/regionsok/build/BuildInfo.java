package se.regionsok.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.regionsok.schema.IndexLayout;

/**
 * Stored in each version folder: the pipeline fingerprint it was built with and, per source
 * document (file name), the key of what its records were read from. A later build reuses the
 * records of every document whose key is unchanged.
 */
record BuildInfo(String pipeline, Map<String, String> documents) {
  private static final ObjectMapper JSON = new ObjectMapper();

  BuildInfo {
    documents = new TreeMap<>(documents);
  }

  static Optional<BuildInfo> of(IndexLayout layout, String version) {
    Path file = layout.directory(version).resolve(IndexLayout.BUILD_INFO);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), BuildInfo.class));
    } catch (IOException e) {
      return Optional.empty(); // unreadable: the next build reads everything again
    }
  }

  String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
