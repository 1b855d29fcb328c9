package se.regionsok.repair;

import java.util.List;
import java.util.regex.Pattern;
import se.regionsok.analysis.SwedishDictionary;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.DocumentKind;

/**
 * Chooses the repair a document needs from the damage its text shows, not from its kind: two
 * reports on the same template (001, 004) came through different extractions.
 */
public final class RepairPolicy {
  private static final Pattern SWEDISH_LETTER = Pattern.compile("[åäöÅÄÖ]");
  /** Below this many lines a missing å/ä/ö says nothing about the extraction. */
  private static final int MIN_LINES_FOR_OCR_VERDICT = 20;

  private final SplitDiacriticRepair splitDiacritics = new SplitDiacriticRepair();
  private final OcrRepair ocr;

  public RepairPolicy(CleanVocabulary vocabulary, SwedishDictionary dictionary) {
    this.ocr = new OcrRepair(vocabulary, dictionary);
  }

  /** A policy whose OCR vocabulary comes from the corpus' clean table appendices. */
  public static RepairPolicy forCorpus(List<CorpusDocument> documents) {
    List<String> cleanLines = documents.stream()
        .filter(d -> DocumentKind.TABLE_APPENDIX.equals(d.entry().kind()))
        .flatMap(d -> d.lines().stream())
        .toList();
    return new RepairPolicy(CleanVocabulary.of(cleanLines), SwedishDictionary.get());
  }

  public LineRepair choose(CorpusDocument document) {
    List<String> lines = document.lines();
    if (SplitDiacriticRepair.detects(lines)) {
      return splitDiacritics;
    }
    if (lines.size() >= MIN_LINES_FOR_OCR_VERDICT && lines.stream().noneMatch(
        line -> SWEDISH_LETTER.matcher(line).find())) {
      return ocr; // Swedish prose without a single å/ä/ö: the scan lost them
    }
    return LineRepair.NONE;
  }
}
