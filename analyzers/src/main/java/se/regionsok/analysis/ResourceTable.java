package se.regionsok.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads a tab-separated vocabulary from a package's resources (the indexer's cue lists and this module's topics); '#' lines and blank lines are comments. */
public final class ResourceTable {
  private ResourceTable() {}

  /** The table {@code name} beside {@code owner} in its package's resources. */
  public static List<List<String>> read(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + owner.getPackageName().replace('.', '/') + "/" + name);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> Arrays.stream(line.split("\t")).map(String::strip).toList())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The numbers of a ','-separated cell. */
  public static List<Integer> numbers(String cell) {
    return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
  }

  /** The alternatives of a '|'-separated cell. */
  public static List<String> alternatives(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
