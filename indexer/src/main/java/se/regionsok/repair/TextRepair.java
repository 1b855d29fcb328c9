package se.regionsok.repair;

import java.util.List;
import java.util.function.Function;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.record.Record;

/**
 * The repair step before reading and analysis: repairs a document's lines as its
 * {@link RepairPolicy} decides (line count unchanged, so records' line ranges stay valid), and
 * afterwards gives the records read from it their text as read.
 */
public final class TextRepair {
  private final Function<CorpusDocument, LineRepair> choice;

  public TextRepair(RepairPolicy policy) {
    this.choice = policy::choose;
  }

  private TextRepair(Function<CorpusDocument, LineRepair> choice) {
    this.choice = choice;
  }

  /** Reads documents as they are: the relevance evaluation measures what the repair adds. */
  public static TextRepair none() {
    return new TextRepair(document -> LineRepair.NONE);
  }

  public CorpusDocument repair(CorpusDocument document) {
    return repairWithReport(document).repaired();
  }

  public RepairedDocument repairWithReport(CorpusDocument document) {
    LineRepair repair = choice.apply(document);
    RepairResult result = repair.repair(document.lines());
    return new RepairedDocument(document, new CorpusDocument(document.entry(), result.lines()),
        repair, result);
  }

  /**
   * The records with the original lines of their range kept as originalText and the repair's
   * flag, where the repair changed those lines.
   */
  public static List<Record> keepOriginals(List<Record> records, RepairedDocument document) {
    return records.stream().map(record -> keepOriginal(record, document)).toList();
  }

  private static Record keepOriginal(Record record, RepairedDocument document) {
    int from = record.source().lineStart() - 1;
    int to = record.source().lineEnd();
    List<String> before = document.original().lines().subList(from, to);
    if (before.equals(document.repaired().lines().subList(from, to))) {
      return record;
    }
    String asRead = String.join("\n", before).strip();
    return record.withOriginalText(asRead).withFlag(document.repair().flag());
  }
}
