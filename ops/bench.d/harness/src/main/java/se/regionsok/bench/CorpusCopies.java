package se.regionsok.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;

/**
 * A corpus folder N times the bundled one: {@code CorpusCopies corpusDir N outDir}. Copy 0 is the
 * corpus as is; copy k holds every document again under the id {@code <id>-k<k>}, so its records
 * are new records the indexer must read, as real reports of other years would be.
 */
public final class CorpusCopies {
  private CorpusCopies() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    int copies = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    Files.createDirectories(out.resolve("documents"));
    List<ManifestEntry> entries = new ArrayList<>();
    for (int copy = 0; copy < copies; copy++) {
      for (ManifestEntry entry : Manifest.read(corpus).documents()) {
        String file = copy == 0 ? entry.file() : "documents/k" + copy + "_" + entry.fileName();
        Files.copy(corpus.resolve(entry.file()), out.resolve(file));
        entries.add(new ManifestEntry(copy == 0 ? entry.id() : entry.id() + "-k" + copy, file, entry.title(),
            entry.region(), entry.year(), entry.kind(), entry.publisher(), entry.sha256()));
      }
    }
    Files.writeString(out.resolve(Manifest.FILE_NAME), new Manifest(entries).toJson());
    System.out.println(entries.size());
  }
}
