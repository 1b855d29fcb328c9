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
import java.util.function.Function;
import java.util.function.Predicate;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.corpus.Manifest;
import se.regionsok.corpus.ManifestEntry;
import se.regionsok.enrich.Enricher;
import se.regionsok.read.DocumentReader;
import se.regionsok.read.MalformedDocumentException;
import se.regionsok.record.Record;
import se.regionsok.repair.RepairedDocument;
import se.regionsok.repair.TextRepair;

/**
 * Turns the corpus folder into records: manifest → file → text repair → the kind's reader →
 * enrichers. A document that cannot be read is reported and skipped; the others go on.
 */
public final class CorpusLoader {
  private final Map<String, DocumentReader> readers;
  private final Function<List<CorpusDocument>, TextRepair> repairs;
  private final List<Enricher> enrichers;

  /**
   * @param repairs the text repair for a corpus (its OCR vocabulary comes from the corpus' clean
   *     documents)
   */
  public CorpusLoader(List<DocumentReader> readers, Function<List<CorpusDocument>, TextRepair> repairs,
      List<Enricher> enrichers) {
    this.readers = new LinkedHashMap<>();
    readers.forEach(r -> this.readers.put(r.kind(), r));
    this.repairs = repairs;
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
    return load(corpusDir, entries, entry -> true);
  }

  /**
   * The records of the entries {@code toRead} selects; of the others only the table appendices are
   * read, as the repair's vocabulary, so their records can be reused from a build.
   */
  public Result load(Path corpusDir, List<ManifestEntry> entries, Predicate<ManifestEntry> toRead) {
    List<DocumentReport> reports = new ArrayList<>();
    List<CorpusDocument> documents = new ArrayList<>();
    for (ManifestEntry entry : entries) {
      if (!toRead.test(entry) && !DocumentKind.TABLE_APPENDIX.equals(entry.kind())) {
        continue; // neither read nor part of the repair's vocabulary
      }
      try {
        List<String> lines = Files.readAllLines(corpusDir.resolve(entry.file()), StandardCharsets.UTF_8);
        documents.add(new CorpusDocument(entry, lines));
      } catch (IOException | RuntimeException e) {
        reports.add(new DocumentReport(entry.file(), entry.kind(), 0, 0, describe(e)));
      }
    }
    TextRepair repair = repairs.apply(documents);
    List<Record> records = new ArrayList<>();
    Map<String, String> seenIds = new LinkedHashMap<>();
    for (CorpusDocument document : documents) {
      ManifestEntry entry = document.entry();
      if (!toRead.test(entry)) {
        continue;
      }
      try {
        List<Record> read = read(document, repair);
        for (Record record : read) {
          String earlier = seenIds.putIfAbsent(record.id(), entry.file());
          if (earlier != null) {
            throw new MalformedDocumentException("record id " + record.id() + " repeats one of " + earlier);
          }
        }
        records.addAll(read);
        long placeholders = read.stream().filter(Record::placeholder).count();
        reports.add(new DocumentReport(entry.file(), entry.kind(), read.size(), (int) placeholders, null));
      } catch (RuntimeException e) {
        reports.add(new DocumentReport(entry.file(), entry.kind(), 0, 0, describe(e)));
      }
    }
    return new Result(records, reports);
  }

  /** The records of one document: repaired, read, the text as read kept, enriched. */
  public List<Record> read(CorpusDocument document, TextRepair repair) {
    ManifestEntry entry = document.entry();
    DocumentReader reader = readers.get(entry.kind());
    if (reader == null) {
      throw new MalformedDocumentException("no reader for document kind '" + entry.kind()
          + "' (known: " + String.join(", ", readers.keySet()) + ")");
    }
    RepairedDocument repaired = repair.repairWithReport(document);
    List<Record> records = new ArrayList<>();
    for (Record record : TextRepair.keepOriginals(reader.read(repaired.repaired()), repaired)) {
      record = record.withSource(record.source().withTitle(entry.title()));
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
