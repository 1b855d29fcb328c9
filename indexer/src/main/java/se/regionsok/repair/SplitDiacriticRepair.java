package se.regionsok.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the PDF extraction damage of corpus notes §1.2: every å/ä/ö/é was written as its base
 * vowel, the precomposed letter and often one space ("foä r" = för, "omraåde" = område,
 * "ÖÄ rebro" = Örebro), and every other capital O came out as Ö ("Öm", "BRÖ").
 */
public final class SplitDiacriticRepair implements LineRepair {
  /** A split pair (eating at most one following space), or a lone Ö that stands for O. */
  private static final Pattern DAMAGE = Pattern.compile("(ÖÄ|AÄ|AÅ|oä|aä|aå|eé) ?|Ö");
  private static final Pattern SPLIT_MARKER = Pattern.compile("oä |aä|aå|ÖÄ ");

  /** True when the lines show the damage often enough that it is not a coincidence. */
  public static boolean detects(List<String> lines) {
    long hits = lines.stream().filter(line -> SPLIT_MARKER.matcher(line).find()).count();
    return hits >= 10;
  }

  @Override
  public RepairResult repair(List<String> lines) {
    List<String> repaired = new ArrayList<>(lines.size());
    List<Correction> corrections = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      repaired.add(repairLine(i + 1, lines.get(i), corrections));
    }
    return new RepairResult(repaired, corrections);
  }

  /** The repaired line; adds one correction per changed word (a word may hold several pairs). */
  static String repairLine(int lineNumber, String line, List<Correction> corrections) {
    StringBuilder out = new StringBuilder(line.length());
    int[] sourceOf = new int[line.length() + 1]; // output offset -> input offset, for the report
    List<Integer> changedAt = new ArrayList<>();
    Matcher m = DAMAGE.matcher(line);
    int done = 0;
    while (m.find()) {
      for (int k = done; k < m.start(); k++) {
        sourceOf[out.length()] = k;
        out.append(line.charAt(k));
      }
      changedAt.add(out.length());
      sourceOf[out.length()] = m.start();
      out.append(m.group(1) == null ? "O" : letterOf(m.group(1)));
      done = m.end();
    }
    for (int k = done; k < line.length(); k++) {
      sourceOf[out.length()] = k;
      out.append(line.charAt(k));
    }
    sourceOf[out.length()] = line.length();
    String fixed = out.toString();
    int lastWordStart = -1;
    for (int at : changedAt) {
      int start = wordStart(fixed, at);
      if (start != lastWordStart) {
        int end = wordEnd(fixed, at);
        corrections.add(new Correction(lineNumber,
            line.substring(sourceOf[start], sourceOf[end]).strip(), fixed.substring(start, end)));
        lastWordStart = start;
      }
    }
    return fixed;
  }

  private static int wordStart(String s, int at) {
    int i = at;
    while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String s, int at) {
    int i = at;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String letterOf(String pair) {
    return switch (pair) {
      case "ÖÄ" -> "Ö";
      case "AÄ" -> "Ä";
      case "AÅ" -> "Å";
      case "oä" -> "ö";
      case "aä" -> "ä";
      case "aå" -> "å";
      case "eé" -> "é";
      default -> throw new IllegalArgumentException(pair);
    };
  }

  @Override
  public String flag() {
    return "split_diacritics_repaired";
  }
}
