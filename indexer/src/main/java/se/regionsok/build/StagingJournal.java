package se.regionsok.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.schema.IndexLayout;

/**
 * What an ingest has put into the corpus folder but not yet published: written (durably) before
 * the files themselves, cleared once the manifest names them. After a crash it tells the next
 * writer which files are leftovers to remove and which entries a committed version already holds.
 */
public record StagingJournal(List<ManifestEntry> entries, List<String> files) {
  static final String FILE_NAME = ".staging.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  public StagingJournal {
    entries = List.copyOf(entries);
    files = List.copyOf(files);
  }

  public static StagingJournal empty() {
    return new StagingJournal(List.of(), List.of());
  }

  /** This journal plus one entry and its files (paths relative to the corpus folder). */
  public StagingJournal with(ManifestEntry entry, List<String> entryFiles) {
    List<ManifestEntry> moreEntries = new ArrayList<>(entries);
    moreEntries.add(entry);
    List<String> moreFiles = new ArrayList<>(files);
    moreFiles.addAll(entryFiles);
    return new StagingJournal(moreEntries, moreFiles);
  }

  static Optional<StagingJournal> read(Path corpusDir) throws IOException {
    Path file = corpusDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), StagingJournal.class));
    } catch (IOException e) {
      return Optional.of(empty()); // torn by a crash while written: nothing was staged after it
    }
  }

  public void write(Path corpusDir) throws IOException {
    Path tmp = corpusDir.resolve(FILE_NAME + ".tmp");
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(JSON.writeValueAsBytes(this)));
      channel.force(true);
    }
    Files.move(tmp, corpusDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    IndexLayout.syncDirectory(corpusDir);
  }

  public static void clear(Path corpusDir) throws IOException {
    Files.deleteIfExists(corpusDir.resolve(FILE_NAME + ".tmp"));
    Files.deleteIfExists(corpusDir.resolve(FILE_NAME));
  }
}
