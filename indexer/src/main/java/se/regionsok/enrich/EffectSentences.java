package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an effects part into sentences and gives each its kind from the cue lists. Headers inside
 * the part ("Effekter på kort sikt:", "Förväntade effekter på lång sikt:") set whether the
 * sentences after them, up to the next header, are expected; an explicit cue in a sentence still
 * wins over its header. A sentence ending in a colon only introduces a list and is left out.
 */
final class EffectSentences {
  /** The kind of a sentence no cue claims: a result stated as a noun phrase ("Ökad kunskap."). */
  static final String STATED = "stated";

  record Sentence(String text, String kind) {}

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?]\\)?)\\s+(?=[\\p{Lu}0-9•(])");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d\\-])(19|20)\\d\\d(?![\\d\\-])");
  /** "mål till 2027", "till år 2030": a target, not a date of what is to come. */
  private static final Pattern TARGET_YEAR = Pattern.compile("(?iU)\\b(till|mot)\\s+(år\\s+)?$");
  private static final Pattern BULLET = Pattern.compile("^[•\\-–*·]\\s*");
  /** What is left of a header after its cue: " på kort och lång sikt:", ":" or " –". */
  private static final Pattern HEADER_REST = Pattern.compile("^([^:.]{0,40}:|\\s*[\\-–])?\\s*");

  private final OutcomeCues cues;

  EffectSentences(OutcomeCues cues) {
    this.cues = cues;
  }

  /** @param year the reporting year: a plain sentence dated after it tells what is to come */
  List<Sentence> split(String effects, int year) {
    List<Sentence> sentences = new ArrayList<>();
    boolean expectedMode = false;
    for (String rawLine : effects.split("\n")) {
      String line = BULLET.matcher(rawLine.strip()).replaceFirst("");
      int expectedHeader = cues.headerLength(OutcomeCues.HEADER_EXPECTED, line);
      int achievedHeader = cues.headerLength(OutcomeCues.HEADER_ACHIEVED, line);
      if (expectedHeader > 0 || achievedHeader > 0) {
        expectedMode = expectedHeader >= achievedHeader;
        line = HEADER_REST.matcher(line.substring(Math.max(expectedHeader, achievedHeader))).replaceFirst("");
      }
      for (String sentence : SENTENCE_END.split(line)) {
        String text = sentence.strip();
        if (text.length() > 1 && !text.endsWith(":")) {
          sentences.add(new Sentence(text, kind(text, expectedMode, year)));
        }
      }
    }
    return sentences;
  }

  private String kind(String sentence, boolean expectedMode, int year) {
    for (String kind : OutcomeCues.SENTENCE_KINDS) {
      if (cues.matches(kind, sentence)) {
        return kind;
      }
    }
    return expectedMode || namesLaterYear(sentence, year) ? OutcomeCues.EXPECTED : STATED;
  }

  private static boolean namesLaterYear(String sentence, int year) {
    Matcher m = YEAR.matcher(sentence);
    while (m.find()) {
      boolean target = TARGET_YEAR.matcher(sentence.substring(0, m.start())).find();
      if (Integer.parseInt(m.group()) > year && !target) {
        return true;
      }
    }
    return false;
  }
}
