package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.regionsok.analysis.ResourceTable;
import se.regionsok.record.Record;

/**
 * The part of a record that may serve as evidence for an inferred Agenda 2030 goal: its text
 * without the stated goals (RUS goal labels and the Mål cell: they name a strategy, not the work),
 * without organisation names and without participant counts (sdg-non-evidence.tsv). A record that
 * answers "Nej" or "Ej aktuellt" reports work it did not do, so none of it is evidence.
 */
final class SdgEvidenceText {
  private static final Pattern CLAUSE = Pattern.compile("[^.;:()\\n]+");
  private static final Pattern NUMBER = Pattern.compile("\\d");
  private static final java.util.Set<String> NEGATIVE = java.util.Set.of("nej", "ej aktuellt");

  private final Pattern organisations;
  private final Pattern counted;

  SdgEvidenceText() {
    List<String> names = new ArrayList<>();
    List<String> countWords = new ArrayList<>();
    for (List<String> row : ResourceTable.read(SdgEvidenceText.class, "sdg-non-evidence.tsv")) {
      switch (row.get(0)) {
        case "organisation" -> names.add(row.get(1));
        case "counted" -> countWords.add(row.get(1));
        default -> throw new IllegalStateException("sdg-non-evidence.tsv: unknown kind " + row.get(0));
      }
    }
    // Longest first, so "Energikontoret" goes whole before "Energikontor"; a name may be inflected.
    names.sort(Comparator.comparingInt(String::length).reversed());
    organisations = words(names, "\\p{L}*");
    counted = words(countWords, "");
  }

  private static Pattern words(List<String> alternatives, String suffix) {
    return Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", alternatives.stream().map(Pattern::quote).toList())
        + ")" + suffix + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  String of(Record record) {
    if (record.answer() != null && NEGATIVE.contains(record.answer().toLowerCase(Locale.ROOT))) {
      return "";
    }
    String text = record.text() == null ? "" : record.text();
    if (record.goalText() != null && !record.goalText().isBlank()) {
      text = text.replace(record.goalText(), " ");
    }
    for (String label : record.rusGoals()) {
      text = text.replace(label, " ");
    }
    text = organisations.matcher(text).replaceAll(" ");
    return CLAUSE.matcher(text).replaceAll(clause -> {
      String c = clause.group();
      return NUMBER.matcher(c).find() && counted.matcher(c).find() ? " " : java.util.regex.Matcher.quoteReplacement(c);
    });
  }
}
