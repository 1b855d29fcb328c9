package se.regionsok.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;
import se.regionsok.record.Source;

/**
 * Initiatives written as bullets inside a prestationer answer, each closed by its own goal line
 * ("• Företagsutveckling inom Framgångslyftet: … / Mål: RUS delmål 14, 15 och 18", 004 §3.4):
 * one initiative record per bullet, its goal line as the goal text.
 */
final class GoalBulletInitiatives {
  private static final String BULLET = "• ";
  /** "Mål:" as read or as OCR left it ("Mal:", "Mdl:", "Madl:"). */
  private static final Pattern GOAL_LINE = Pattern.compile("^M[a-zåäöé]{1,3}l:\\s*(.+)$");
  /** The goal line run into the bullet's last sentence when no line break survived. */
  private static final Pattern INLINE_GOAL = Pattern.compile("(?<=[.!?])\\s+M[a-zåäöé]{1,3}l:\\s*(.+)$");
  private static final Pattern NAME_END = Pattern.compile("^(.{8,100}?)(:|\\.\\s)");
  private static final int MAX_TITLE_WORDS = 12;

  private GoalBulletInitiatives() {}

  static List<Record> read(CorpusDocument document, List<Paragraph> answer, String area) {
    List<Record> initiatives = new ArrayList<>();
    for (int i = 0; i < answer.size(); i++) {
      Paragraph bullet = answer.get(i);
      if (!bullet.text().startsWith(BULLET)) {
        continue;
      }
      StringBuilder text = new StringBuilder(bullet.text().substring(BULLET.length()));
      int j = i + 1;
      while (j < answer.size() && !answer.get(j).text().startsWith(BULLET)
          && !GOAL_LINE.matcher(answer.get(j).text()).find()) {
        text.append('\n').append(answer.get(j).text());
        j++;
      }
      Matcher inline = INLINE_GOAL.matcher(text);
      Matcher goal = j < answer.size() ? GOAL_LINE.matcher(answer.get(j).text()) : null;
      String goalText;
      int lastLine;
      if (inline.find()) {
        goalText = inline.group(1).strip();
        text.setLength(inline.start());
        lastLine = answer.get(j - 1).lastLine();
        j--;
      } else if (goal != null && goal.find()) {
        goalText = goal.group(1).strip();
        lastLine = answer.get(j).lastLine();
      } else {
        continue; // a bullet without its own goal line is part of the answer, not an initiative
      }
      initiatives.add(Record.of(document.entry().id() + "-" + bullet.firstLine(),
              document.entry().region(), document.entry().year(), DocType.INITIATIVE, List.of(area),
              title(text.toString()), text + "\nMål: " + goalText,
              new Source(document.fileName(), bullet.firstLine(), lastLine))
          .withGoalText(goalText));
      i = j;
    }
    return initiatives;
  }

  /** The bullet's lead-in up to its colon or first sentence, else its first words. */
  static String title(String text) {
    String firstLine = text.lines().findFirst().orElse("").strip();
    Matcher name = NAME_END.matcher(firstLine);
    if (name.find()) {
      return name.group(1).strip();
    }
    String[] words = firstLine.split("\\s+");
    return words.length <= MAX_TITLE_WORDS ? firstLine
        : String.join(" ", List.of(words).subList(0, MAX_TITLE_WORDS)) + " …";
  }
}
