package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.regionsok.analysis.ResourceTable;
import se.regionsok.record.Record;

/** Fills programs: the EU and national funding programmes a record names (programs.tsv). */
public final class ProgramEnricher implements Enricher {
  private record Program(String name, Pattern pattern) {}

  private final List<Program> programs = ResourceTable.read(ProgramEnricher.class, "programs.tsv").stream()
      .map(row -> new Program(row.get(0), Pattern.compile(row.get(1))))
      .toList();

  @Override
  public Record enrich(Record record) {
    String content = (record.text() == null ? "" : record.text()) + "\n"
        + (record.goalText() == null ? "" : record.goalText());
    List<String> named = new ArrayList<>();
    for (Program program : programs) {
      if (program.pattern().matcher(content).find()) {
        named.add(program.name());
      }
    }
    return record.withPrograms(named);
  }
}
