package se.regionsok.build;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.enrich.Enricher;
import se.regionsok.read.DocumentReader;
import se.regionsok.read.MalformedDocumentException;
import se.regionsok.record.Record;

/**
 * Turns the corpus folder into records: manifest → file → text repair → the kind's reader →
 * enrichers. A document that cannot be read is reported and skipped; the others go on.
 */
public final class CorpusLoader {
  private final Map<String, DocumentReader> readers;
  private final UnaryOperator<CorpusDocument> repair;
  private final List<Enricher> enrichers;

  public CorpusLoader(List<DocumentReader> readers, UnaryOperator<CorpusDocument> repair,
      List<Enricher> enrichers) {
    this.readers = new LinkedHashMap<>();
    readers.forEach(r -> this.readers.put(r.kind(), r));
    this.repair = repair;
    this.enrichers = List.copyOf(enrichers);
  }

  /** Whether a reader for {@code kind} is wired in. */
  public boolean reads(String kind) {
    return readers.containsKey(kind);
  }

  public record Result(List<Record> records, List<DocumentReport> reports) {}

  public Result load(Path corpusDir) {
    return load(corpusDir, Manifest.read(corpusDir).documents());
  }

  public Result load(Path corpusDir, List<ManifestEntry> entries) {
    List<Record> records = new ArrayList<>();
    List<DocumentReport> reports = new ArrayList<>();
    Map<String, String> seenIds = new LinkedHashMap<>();
    for (ManifestEntry entry : entries) {
      try {
        List<Record> read = read(corpusDir, entry);
        for (Record record : read) {
          String earlier = seenIds.putIfAbsent(record.id(), entry.file());
          if (earlier != null) {
            throw new MalformedDocumentException("record id " + record.id() + " repeats one of " + earlier);
          }
        }
        records.addAll(read);
        long placeholders = read.stream().filter(Record::placeholder).count();
        reports.add(new DocumentReport(entry.file(), entry.kind(), read.size(), (int) placeholders, null));
      } catch (IOException | RuntimeException e) {
        reports.add(new DocumentReport(entry.file(), entry.kind(), 0, 0, describe(e)));
      }
    }
    return new Result(records, reports);
  }

  /** The records of one document, repaired and enriched. */
  public List<Record> read(Path corpusDir, ManifestEntry entry) throws IOException {
    DocumentReader reader = readers.get(entry.kind());
    if (reader == null) {
      throw new MalformedDocumentException("no reader for document kind '" + entry.kind()
          + "' (known: " + String.join(", ", readers.keySet()) + ")");
    }
    List<String> lines = Files.readAllLines(corpusDir.resolve(entry.file()), StandardCharsets.UTF_8);
    CorpusDocument document = repair.apply(new CorpusDocument(entry, lines));
    List<Record> records = new ArrayList<>();
    for (Record record : reader.read(document)) {
      for (Enricher enricher : enrichers) {
        record = enricher.enrich(record);
      }
      records.add(record);
    }
    if (records.isEmpty()) {
      throw new MalformedDocumentException("no records found: the text does not have the structure of a " + entry.kind());
    }
    return records;
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "file not found: " + e.getMessage();
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
