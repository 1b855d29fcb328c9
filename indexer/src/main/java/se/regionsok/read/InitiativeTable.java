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
 * Splits a flattened "Ge exempel på insatser" table of the 2022 template into initiatives
 * (corpus notes §2.4). The columns cannot be recovered, but each initiative carries exactly one
 * "RUS - <prioriterat område>" label: its name is the last short, unpunctuated paragraph before
 * that label (or the text before "RUS -" on the label's own line, as for "Smart Move"), and it
 * runs until the next initiative's name. Its goal is the label plus "Bidrar till att nå målet …".
 */
final class InitiativeTable {
  private static final Pattern RUS_LABEL = Pattern.compile("\\bRUS\\s+-(.*)$");
  private static final Pattern COLUMN_LABELS =
      Pattern.compile("(?i)F\\S{0,2}rv\\S{0,3}ntade (prestationer|effekter):?");
  private static final Pattern CONTRIBUTES = Pattern.compile("^Bidrar till att n");
  private static final Pattern NOT_A_NAME = Pattern.compile("^(Delm\\S{1,2}l|Bidrar|Medfinansiering|Övergripande|Projektmål)|[.:;]$");
  private static final int MAX_NAME_LENGTH = 100;

  List<Record> read(CorpusDocument document, ParagraphBuilder builder, int from, int to,
      String area) {
    List<Paragraph> paragraphs = builder.paragraphs(from, to);
    List<Integer> labels = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (RUS_LABEL.matcher(paragraphs.get(i).text()).find()) {
        labels.add(i);
      }
    }
    List<Integer> starts = new ArrayList<>();
    for (int k = 0; k < labels.size(); k++) {
      int previousLabel = k == 0 ? -1 : labels.get(k - 1);
      starts.add(nameParagraph(paragraphs, previousLabel, labels.get(k)));
    }
    List<Record> out = new ArrayList<>();
    for (int k = 0; k < labels.size(); k++) {
      int start = starts.get(k);
      int end = k + 1 < starts.size() ? starts.get(k + 1) : paragraphs.size();
      List<Paragraph> own = paragraphs.subList(start, end);
      int firstLine = own.get(0).firstLine();
      out.add(Record.of(document.entry().id() + "-" + firstLine, document.entry().region(),
              document.entry().year(), DocType.INITIATIVE, List.of(area),
              name(paragraphs, start, labels.get(k)), ParagraphBuilder.text(own),
              new Source(document.fileName(), firstLine, ParagraphBuilder.lastLine(own)))
          .withGoalText(goal(own, labels.get(k) - start)));
    }
    return out;
  }

  /** Index of the paragraph holding the initiative's name. */
  private static int nameParagraph(List<Paragraph> paragraphs, int previousLabel, int label) {
    if (!textBeforeLabel(paragraphs.get(label).text()).isEmpty()) {
      return label;
    }
    for (int i = label - 1; i > previousLabel; i--) {
      String text = paragraphs.get(i).text();
      if (text.length() <= MAX_NAME_LENGTH && !NOT_A_NAME.matcher(text).find()) {
        return i;
      }
    }
    return previousLabel + 1;
  }

  private static String name(List<Paragraph> paragraphs, int start, int label) {
    String before = textBeforeLabel(paragraphs.get(label).text());
    return start == label && !before.isEmpty() ? before : paragraphs.get(start).text();
  }

  private static String textBeforeLabel(String text) {
    Matcher m = RUS_LABEL.matcher(text);
    return m.find() ? text.substring(0, m.start()).strip() : text;
  }

  /**
   * "RUS - <område>. Bidrar till att nå målet om …". When the label's line holds only column
   * headers (the table was interleaved), the område is the paragraph before "Bidrar …".
   */
  private static String goal(List<Paragraph> own, int label) {
    Matcher m = RUS_LABEL.matcher(own.get(label).text());
    m.find();
    String area = COLUMN_LABELS.matcher(m.group(1)).replaceAll("").strip();
    int contributes = -1;
    for (int i = label + 1; i < own.size() && contributes < 0; i++) {
      if (CONTRIBUTES.matcher(own.get(i).text()).find()) {
        contributes = i;
      }
    }
    if (area.isEmpty() && contributes > label + 1) {
      area = own.get(contributes - 1).text();
    }
    String goal = "RUS - " + area;
    return contributes < 0 ? goal : goal + ". " + own.get(contributes).text();
  }
}
