package se.regionsok.enrich;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;

/**
 * Puts back an initiative row whose region wrote its RUS goal in the prestationer column and moved
 * the rest one column on (Uppsala's rows in section 2 of the 2023 Tabellbilaga: "Prestationer:
 * Utbildning och sysselsättning för alla", the outputs under "Effekter", the effects under "Mål").
 * Recognised only when the prestationer cell is, whole, one of the region's goals; flagged
 * {@code columns_shifted} so the reading can be checked against the source.
 */
public final class ShiftedColumnsEnricher implements Enricher {
  private static final Pattern ROW = Pattern.compile(
      "(?s)^(?<name>.*?)\\nPrestationer: (?<first>[^\\n]+)\\nEffekter: (?<second>.+?)(?:\\nMål: (?<third>.+))?$");

  private final RusGoalVocabulary vocabulary = new RusGoalVocabulary();

  @Override
  public Record enrich(Record record) {
    if (!DocType.INITIATIVE.equals(record.docType()) || record.text() == null) {
      return record;
    }
    Matcher row = ROW.matcher(record.text());
    if (!row.matches() || !vocabulary.isWholeGoal(record.region(), row.group("first"))) {
      return record;
    }
    String goal = row.group("first").strip();
    String outputs = row.group("second").strip();
    String effects = row.group("third");
    String text = row.group("name") + "\nPrestationer: " + outputs
        + (effects == null ? "" : "\nEffekter: " + effects.strip()) + "\nMål: " + goal;
    return record.withText(text).withGoalText(goal).withFlag("columns_shifted");
  }
}
