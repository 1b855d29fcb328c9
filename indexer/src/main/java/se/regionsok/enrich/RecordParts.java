package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.regionsok.record.Record;

/**
 * The labelled parts of a record's text: the table appendix's "Prestationer:", "Effekter:" and
 * "Mål:" cells (the readers fill goalText from the latter) and the 2022 template's "Förväntade prestationer:" / "Förväntade effekter:" cells,
 * each running to the next label at a line start. A report answer to the template's "beskriv
 * vilka prestationer/effekter ni har uppnått" question is that part as a whole.
 *
 * @param outputs  the Prestationer part, or null
 * @param effects  the Effekter part, or null
 * @param forecast the effects part is the 2022 template's "Förväntade effekter" cell, which asks
 *                 for expectations whatever tense the answer uses
 */
record RecordParts(String outputs, String effects, boolean forecast) {
  /** "Förväntade" as OCR left it too ("Foérvantade"). */
  private static final Pattern LABEL = Pattern.compile(
      "(?m)^(F\\S{0,3}rv\\S{1,2}ntade )?(Prestationer|Effekter|Mål):[ \\t]*", Pattern.CASE_INSENSITIVE);
  private static final Pattern OUTPUTS_QUESTION = Pattern.compile("(?i)beskriv vilka prestationer");
  private static final Pattern EFFECTS_QUESTION = Pattern.compile("(?i)beskriv vilka effekter");

  static RecordParts of(Record record) {
    String text = record.text() == null ? "" : record.text();
    if (OUTPUTS_QUESTION.matcher(record.title()).find()) {
      return new RecordParts(blankToNull(text), null, false);
    }
    if (EFFECTS_QUESTION.matcher(record.title()).find()) {
      return new RecordParts(null, blankToNull(text), false);
    }
    List<String> outputs = new ArrayList<>();
    List<String> effects = new ArrayList<>();
    boolean forecastLabel = false;
    boolean plainEffectsLabel = false;
    Matcher m = LABEL.matcher(text);
    List<int[]> starts = new ArrayList<>(); // {label start, content start, 0 outputs 1 effects 2 goal}
    while (m.find()) {
      int kind = switch (m.group(2).toLowerCase()) {
        case "prestationer" -> 0;
        case "effekter" -> 1;
        default -> 2;
      };
      forecastLabel |= kind == 1 && m.group(1) != null;
      plainEffectsLabel |= kind == 1 && m.group(1) == null;
      starts.add(new int[] {m.start(), m.end(), kind});
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      String part = text.substring(starts.get(i)[1], end).strip();
      if (!part.isEmpty() && starts.get(i)[2] < 2) {
        (starts.get(i)[2] == 0 ? outputs : effects).add(part);
      }
    }
    // inside a table appendix "Effekter:" cell, "Förväntade effekter:" is a sub-heading
    return new RecordParts(joined(outputs), joined(effects), forecastLabel && !plainEffectsLabel);
  }

  private static String joined(List<String> parts) {
    return parts.isEmpty() ? null : parts.stream().collect(Collectors.joining("\n"));
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text.strip();
  }
}
