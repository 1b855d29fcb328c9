package se.regionsok.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;
import se.regionsok.record.Regions;
import se.regionsok.record.Source;

/**
 * Test-only reader of the initiative rows of 003 (sections 1–7): five tab cells, HTML stripped,
 * continuation rows merged, exact repeats within a section dropped. Records are built the way the
 * table reader builds them (goalText = Mål cell; text = name + Prestationer/Effekter/Mål lines),
 * so the enrichers can be pinned on the real corpus without waiting for that reader.
 */
final class CorpusRows {
  static final String FILE = "003_6ff1fea56741f8c8.txt";
  private static final Pattern SECTION = Pattern.compile("^#+\\s*(\\d)\\s");
  private static final int SECTION_8_LINE = 970;
  /** The column header that Blekinge's Mål cells repeat (l.29, l.661); the table reader strips it too. */
  private static final String HEADER_IN_CELL = "Vilket eller vilka mål i den regionala utvecklingsstrategin, "
      + "Regionalfonden inklusive Interreg samt i förekommande fall Fonden för en rättvis omställning som "
      + "insatsen ska bidra till";

  private CorpusRows() {}

  static Path document(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("corpus/documents").resolve(name);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("corpus/documents/" + name + " not found above the working directory");
  }

  /** The initiative records of 003 sections 1–7 (533 rows). */
  static List<Record> initiatives() {
    List<String> lines = lines(FILE);
    List<String[]> cells = new ArrayList<>();
    List<int[]> where = new ArrayList<>(); // {section, line}
    int section = 0;
    for (int i = 0; i < SECTION_8_LINE - 1 && i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher heading = SECTION.matcher(line);
      if (heading.find()) {
        section = Integer.parseInt(heading.group(1));
        continue;
      }
      String[] f = line.split("\t", -1);
      if (section == 0 || f.length != 5 || f[0].equals("Region") || line.matches("^-+(\\t-+)+$")) {
        continue;
      }
      if (strip(f[0]).isEmpty() && !cells.isEmpty()) {
        String[] previous = cells.get(cells.size() - 1);
        for (int k = 1; k < 5; k++) {
          previous[k] = previous[k] + " " + f[k];
        }
        continue;
      }
      cells.add(f);
      where.add(new int[] {section, i + 1});
    }
    List<Record> records = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < cells.size(); r++) {
      String[] f = cells.get(r);
      if (!seen.add(where.get(r)[0] + "\t" + String.join("\t", f))) {
        continue;
      }
      records.add(record(f, where.get(r)[0], where.get(r)[1]));
    }
    return records;
  }

  static List<String> lines(String name) {
    try {
      return Files.readAllLines(document(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Record record(String[] f, int section, int line) {
    String name = strip(f[1]);
    String goal = strip(f[4]).replace(HEADER_IN_CELL, "").strip();
    String text = name + "\nPrestationer: " + strip(f[2]) + "\nEffekter: " + strip(f[3]) + "\nMål: " + goal;
    String region = Regions.canonical(strip(f[0])).orElseThrow();
    return Record.of("003-" + line, region, 2023, DocType.INITIATIVE, List.of("s" + section), name,
            text, new Source(FILE, line, line))
        .withGoalText(goal.isEmpty() ? null : goal);
  }

  static String strip(String html) {
    return Jsoup.parse(html).text().strip();
  }

  static int line(Record record) {
    return record.source().lineStart();
  }
}
