package se.regionsok.enrich;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import se.regionsok.build.StandardPipeline;
import se.regionsok.record.Record;

/**
 * How the records of corpus/eval/sdg-judged.tsv are drawn: the non-placeholder records in order of
 * the SHA-1 (hex) of their id, initiatives and other answers taken separately (the first
 * {@code initiatives} of the one, the first {@code others} of the other). Run as a program it prints
 * the next records to judge with what a reader reads (title, goal cell, text) and nothing the
 * inference says, so that the judgement is made before seeing it:
 * {@code SdgSampleDraw <initiatives> <others>} lists the drawn records not yet in the sample.
 */
final class SdgSampleDraw {
  private SdgSampleDraw() {}

  /** The drawn records in SHA-1 order of the id (the order of the file and of its halves). */
  static List<Record> draw(List<Record> records, int initiatives, int others) {
    List<Record> candidates = records.stream().filter(r -> !r.placeholder()).sorted(Comparator.comparing(r -> sha1(r.id()))).toList();
    return Stream.concat(
            candidates.stream().filter(r -> r.docType().equals("initiative")).limit(initiatives),
            candidates.stream().filter(r -> !r.docType().equals("initiative")).limit(others))
        .sorted(Comparator.comparing(r -> sha1(r.id())))
        .toList();
  }

  static String sha1(String id) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void main(String[] args) {
    List<Record> records = StandardPipeline.loader().load(CorpusRows.document(CorpusRows.FILE).getParent().getParent()).records();
    Set<String> judged = SdgJudgedSample.ids();
    for (Record r : draw(records, Integer.parseInt(args[0]), Integer.parseInt(args[1]))) {
      if (!judged.contains(r.id())) {
        System.out.printf("=== %s  [%s, %s %d]  %s%n", r.id(), r.docType(), r.region(), r.year(), r.title());
        if (r.answer() != null) {
          System.out.println("answer: " + r.answer());
        }
        System.out.println(r.text());
        System.out.println();
      }
    }
  }
}
