package se.regionsok.enrich;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.record.Record;

/**
 * Fills projectIds: Tillväxtverket's eight-digit case numbers ("20361787"), written after "Nyps-id"
 * or "Ärende-id", bare in parentheses in Kalmar's rows ("(20362824)"), or grouped in threes
 * ("Molekyl, 20 361 083"), a form dates never take. Bare unspaced numbers are left alone because
 * "Projektet startade 20230101" is a date, and "Projektid:" in Gotland's list is the project period.
 */
public final class ProjectIdEnricher implements Enricher {
  private static final String CASE_NUMBER = "(2 ?0(?: ?\\d){6})\\b";
  private static final Pattern LABELLED =
      Pattern.compile("(?i)(?:Nyps|Ärende)[- ]?id\\W{0,3}" + CASE_NUMBER);
  private static final Pattern PARENTHESISED = Pattern.compile("\\((20\\d{6})\\)");
  private static final Pattern GROUPED = Pattern.compile("(?<!\\d)(?<!\\d )(20 \\d{3} \\d{3})(?! ?\\d)");

  @Override
  public Record enrich(Record record) {
    Set<String> ids = new LinkedHashSet<>();
    for (String text : new String[] {record.text(), record.goalText()}) {
      if (text != null) {
        collect(LABELLED.matcher(text), ids);
        collect(PARENTHESISED.matcher(text), ids);
        collect(GROUPED.matcher(text), ids);
      }
    }
    return record.withProjectIds(List.copyOf(ids));
  }

  private static void collect(Matcher m, Set<String> ids) {
    while (m.find()) {
      ids.add(m.group(1).replace(" ", ""));
    }
  }
}
