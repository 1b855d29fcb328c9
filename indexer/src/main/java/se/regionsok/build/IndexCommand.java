package se.regionsok.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ops/index [--full] [corpusDir] [indexDir]} (defaults: corpus, data/index): publishes a
 * new index version of the corpus manifest, reusing the records of unchanged documents unless
 * {@code --full}. Exit status 0 when a version is served afterwards, 1 when nothing could be
 * indexed or publishing failed (the served version then stays as it was).
 */
public final class IndexCommand {
  private IndexCommand() {}

  public static void main(String[] args) {
    boolean full = false;
    List<String> paths = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--full")) {
        full = true;
      } else {
        paths.add(arg);
      }
    }
    Path corpus = Path.of(paths.size() > 0 ? paths.get(0) : "corpus");
    Path index = Path.of(paths.size() > 1 ? paths.get(1) : "data/index");
    try {
      System.out.println("Reading corpus " + corpus.toAbsolutePath());
      CorpusIndexer.Publication publication = CorpusIndexer.standard(corpus, index).indexCorpus("ops/index", full, System.out);
      System.exit(publication.version() == null ? 1 : 0);
    } catch (IOException | RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }
}
