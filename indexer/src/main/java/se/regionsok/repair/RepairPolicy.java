package se.regionsok.repair;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import se.regionsok.analysis.SwedishDictionary;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.corpus.Sha256;

/**
 * Chooses the repair a document needs from the damage its text shows, not from its kind: two
 * reports on the same template (001, 004) came through different extractions.
 */
public final class RepairPolicy {
  private static final Pattern SWEDISH_LETTER = Pattern.compile("[åäöÅÄÖ]");
  /** Below this many lines a missing å/ä/ö says nothing about the extraction. */
  private static final int MIN_LINES_FOR_OCR_VERDICT = 20;

  private final SplitDiacriticRepair splitDiacritics = new SplitDiacriticRepair();
  /** Made at the first damaged document: reading clean documents never pays for the vocabulary. */
  private final Supplier<OcrRepair> ocr;

  private RepairPolicy(Supplier<CleanVocabulary> vocabulary) {
    this.ocr = memoized(() -> new OcrRepair(vocabulary.get(), SwedishDictionary.get()));
  }

  /**
   * A policy whose OCR vocabulary comes from the corpus' clean table appendices. The vocabulary of
   * the same appendices (by content hash) is built once per process, so a long-running indexer
   * does not rebuild it for every upload.
   */
  public static RepairPolicy forCorpus(List<CorpusDocument> documents) {
    List<CorpusDocument> appendices = documents.stream()
        .filter(d -> DocumentKind.TABLE_APPENDIX.equals(d.entry().kind()))
        .toList();
    return new RepairPolicy(() -> LAST_VOCABULARY.get(appendices));
  }

  private static final VocabularyMemo LAST_VOCABULARY = new VocabularyMemo();

  /** The last vocabulary built, kept with the hash of the lines it was built from. */
  private static final class VocabularyMemo {
    private String key;
    private CleanVocabulary vocabulary;

    synchronized CleanVocabulary get(List<CorpusDocument> appendices) {
      List<String> lines = appendices.stream().flatMap(d -> d.lines().stream()).toList();
      String hash = Sha256.of(lines.toArray(String[]::new)); // one pass, no tokenising
      if (!hash.equals(key)) {
        vocabulary = CleanVocabulary.of(lines);
        key = hash;
      }
      return vocabulary;
    }
  }

  private static <T> Supplier<T> memoized(Supplier<T> make) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = make.get();
        }
        return value;
      }
    };
  }

  public LineRepair choose(CorpusDocument document) {
    List<String> lines = document.lines();
    if (SplitDiacriticRepair.detects(lines)) {
      return splitDiacritics;
    }
    if (lines.size() >= MIN_LINES_FOR_OCR_VERDICT && lines.stream().noneMatch(
        line -> SWEDISH_LETTER.matcher(line).find())) {
      return ocr.get(); // Swedish prose without a single å/ä/ö: the scan lost them
    }
    return LineRepair.NONE;
  }
}
