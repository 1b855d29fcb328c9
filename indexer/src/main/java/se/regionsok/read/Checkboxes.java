package se.regionsok.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.record.PartAnswer;

/**
 * Reads the yes/no boxes of a question (corpus notes §4): each box is a line "Ja", "Nej" or "Ej
 * aktuellt" with its mark as exported or OCR'd. A box group starts at a "Ja" and runs over the
 * labels after it; a question of the 2024 template asks several such parts ("den regionala
 * utvecklingsstrategin?", "Interreg?" …), each on its own line ending in "?" before its boxes.
 */
final class Checkboxes {
  /** A label, a letter the scan glued to "Ja" for its tick ("JaX", "Jad"), and the box's mark. */
  private static final Pattern BOX = Pattern.compile(
      "^\\s*(Ja|Nej|Ej aktuellt)((?<=Ja)[ad])?\\s*([☒X]|[☐\\[\\]U]{1,2})?\\s*$");
  private static final Pattern TICKED = Pattern.compile("[☒X]");
  /** A part's question: its own line ending in "?", maybe after a bullet the OCR read as a letter. */
  private static final Pattern PART_QUESTION =
      Pattern.compile("^\\s*(?:[•«·▪–-]|[oe¢](?=\\s))?\\s*(\\p{L}.*\\?)\\s*$");
  private static final String YES = "Ja";

  private Checkboxes() {}

  /**
   * What the boxes of one question say: {@code answer} is what every part says (null when a part
   * cannot be read or the parts differ), {@code parts} each part's own answer where there are
   * several.
   */
  record Reading(String answer, boolean partsDiffer, List<PartAnswer> parts) {}

  private record Box(String label, boolean ticked, boolean unmarked, int line) {}

  /**
   * Reads lines {@code firstLine}.. of a question. A part is read from its one ticked box, or,
   * when the OCR lost the tick, from its one box without a mark while the others show an empty
   * box ("Ja" beside "Nej ["). Where two boxes lack a mark and the part describes nothing
   * ({@code described} of its line range, 1-based inclusive, is false) it is not "Ja": the form
   * asks a yes to say how.
   */
  static Reading read(List<String> lines, int firstLine, BiPredicate<Integer, Integer> described) {
    List<List<Box>> groups = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = BOX.matcher(lines.get(i));
      if (m.matches()) {
        String mark = m.group(3) == null ? "" : m.group(3);
        boolean ticked = m.group(2) != null || TICKED.matcher(mark).matches();
        if (m.group(1).equals(YES) || groups.isEmpty()) {
          groups.add(new ArrayList<>());
        }
        groups.get(groups.size() - 1)
            .add(new Box(m.group(1), ticked, !ticked && mark.isEmpty(), firstLine + i));
      }
    }
    List<PartAnswer> parts = new ArrayList<>();
    Set<String> answers = new LinkedHashSet<>();
    boolean unread = false;
    int partStart = firstLine;
    for (int g = 0; g < groups.size(); g++) {
      List<Box> group = groups.get(g);
      int firstBox = group.get(0).line();
      int partEnd = g + 1 < groups.size()
          ? questionLine(lines, firstLine, firstBox, groups.get(g + 1).get(0).line()) - 1
          : firstLine + lines.size() - 1;
      String answer = answer(group, described.test(firstBox, partEnd));
      int question = questionLine(lines, firstLine, partStart, firstBox);
      parts.add(new PartAnswer(question < firstBox
          ? PART_QUESTION.matcher(lines.get(question - firstLine)).replaceFirst("$1") : null, answer));
      partStart = partEnd + 1;
      if (answer == null) {
        unread = true;
      } else {
        answers.add(answer);
      }
    }
    boolean differ = answers.size() > 1;
    return new Reading(unread || differ || answers.isEmpty() ? null : answers.iterator().next(),
        differ, parts.size() > 1 ? List.copyOf(parts) : List.of());
  }

  /** The last line in [from, to) that asks a part's question, or {@code to} when none does. */
  private static int questionLine(List<String> lines, int firstLine, int from, int to) {
    for (int n = to - 1; n >= from; n--) {
      if (PART_QUESTION.matcher(lines.get(n - firstLine)).matches()) {
        return n;
      }
    }
    return to;
  }

  private static String answer(List<Box> part, boolean described) {
    List<String> ticked = part.stream().filter(Box::ticked).map(Box::label).toList();
    if (!ticked.isEmpty()) {
      return ticked.size() == 1 ? ticked.get(0) : null;
    }
    List<String> unmarked = new ArrayList<>(part.stream().filter(Box::unmarked).map(Box::label).toList());
    if (unmarked.size() > 1 && !described) {
      unmarked.remove(YES);
    }
    return unmarked.size() == 1 && part.size() > 1 ? unmarked.get(0) : null;
  }
}
