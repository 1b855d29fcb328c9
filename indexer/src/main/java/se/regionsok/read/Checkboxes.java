package se.regionsok.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the yes/no boxes of a question (corpus notes §4): each box is a line "Ja", "Nej" or "Ej
 * aktuellt" with its mark as exported or OCR'd. A box group starts at a "Ja" and runs over the
 * labels after it; a question of the 2024 template asks several such parts ("den regionala
 * utvecklingsstrategin?", "Interreg?" …).
 */
final class Checkboxes {
  private static final Pattern BOX =
      Pattern.compile("^\\s*(Ja[ad]?|Nej|Ej aktuellt)\\s*([☒X]|[☐\\[\\]U]{1,2})?\\s*$");
  private static final Pattern TICKED = Pattern.compile("[☒X]");

  private Checkboxes() {}

  /** What the boxes of one question say. */
  record Reading(String answer, boolean partsDiffer) {}

  /**
   * The answer every part of the question gives, or null when a part cannot be read or the parts
   * differ. A part is read from its one ticked box, or, when the OCR lost the tick, from its one
   * box without a mark while the others show an empty box ("Ja" beside "Nej [").
   */
  static Reading read(List<String> lines) {
    List<List<String[]>> parts = new ArrayList<>();
    for (String line : lines) {
      Matcher m = BOX.matcher(line);
      if (m.matches()) {
        String label = m.group(1).startsWith("Ja") ? "Ja" : m.group(1);
        if (label.equals("Ja") || parts.isEmpty()) {
          parts.add(new ArrayList<>());
        }
        parts.get(parts.size() - 1).add(new String[] {label, m.group(2) == null ? "" : m.group(2)});
      }
    }
    Set<String> answers = new LinkedHashSet<>();
    boolean unread = false;
    for (List<String[]> part : parts) {
      String answer = answer(part);
      if (answer == null) {
        unread = true;
      } else {
        answers.add(answer);
      }
    }
    boolean differ = answers.size() > 1;
    return new Reading(unread || differ || answers.isEmpty() ? null : answers.iterator().next(),
        differ);
  }

  private static String answer(List<String[]> part) {
    List<String> ticked = new ArrayList<>();
    List<String> unmarked = new ArrayList<>();
    for (String[] box : part) {
      if (TICKED.matcher(box[1]).matches()) {
        ticked.add(box[0]);
      } else if (box[1].isEmpty()) {
        unmarked.add(box[0]);
      }
    }
    if (!ticked.isEmpty()) {
      return ticked.size() == 1 ? ticked.get(0) : null;
    }
    return unmarked.size() == 1 && part.size() > 1 ? unmarked.get(0) : null;
  }
}
