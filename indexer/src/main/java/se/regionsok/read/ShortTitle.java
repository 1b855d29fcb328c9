package se.regionsok.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.regionsok.analysis.ResourceTable;
import se.regionsok.record.PartAnswer;
import se.regionsok.record.Record;

/**
 * The list title of a report answer: its question number, the question's short label
 * ({@code question-labels.tsv}, per template) and, after a dash, what sets this answer apart
 * ({@link AnswerLead}), e.g. "1.1 Strategiskt viktigaste arbetet — Förvaltningen har i samverkan
 * med länets kommuner…". Every region answers the same template questions, so every answer gets
 * its lead; it depends on the answer alone, so an unchanged report keeps its titles when others
 * are added.
 */
final class ShortTitle {
  private static final Map<String, String> LABELS = ResourceTable.read(ShortTitle.class, "question-labels.tsv")
      .stream().collect(Collectors.toMap(row -> key(row.get(0), row.get(1)), row -> row.get(2)));
  private static final Pattern DASHED = Pattern.compile("(.+?)\\s[-–]\\s(.+)");

  private ShortTitle() {}

  /** The short title of an answer read from a document of {@code kind}; null for a question without a label. */
  static String of(String kind, Record answer) {
    String label = LABELS.get(key(kind, answer.questionNumber()));
    if (label == null) {
      return null;
    }
    boolean partsDiffer = answer.answers().stream().map(PartAnswer::answer).distinct().count() > 1;
    String lead = beyondLabel(AnswerLead.of(answer.text(), answer.answer(), partsDiffer), label);
    return answer.questionNumber() + " " + label + (lead.isEmpty() ? "" : " — " + lead);
  }

  /** The answer with its short title. */
  static Record titled(String kind, Record answer) {
    return answer.withShortTitle(of(kind, answer));
  }

  /**
   * A heading that repeats the label before a dash ("Prestationer - Transportsystemet" under
   * "Prestationer under året") says only what follows the dash.
   */
  private static String beyondLabel(String lead, String label) {
    Matcher dashed = DASHED.matcher(lead);
    if (!dashed.matches()) {
      return lead;
    }
    Set<String> labelWords = words(label);
    return labelWords.containsAll(words(dashed.group(1))) ? dashed.group(2) : lead;
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).collect(Collectors.toSet());
  }

  private static String key(String kind, String number) {
    return kind + " " + number;
  }
}
