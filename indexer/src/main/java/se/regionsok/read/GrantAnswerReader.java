package se.regionsok.read;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;
import se.regionsok.record.Regions;
import se.regionsok.record.Source;

/**
 * The Tabellbilaga's section on the 1:1 grant: per region a heading ("Region Blekinge",
 * "## Region Dalarna", "#### Region Värmland", "## Västra Götalandsregionen") and six question ⇥
 * answer rows; one record per region and question.
 *
 * <p>Answers continue on lines that start with a tab, and on lines without a tab while the region
 * still has questions to come (Gotland lists its ERUF projects after its Regionalfonden answer).
 * Text after a region's sixth answer that starts no new region is the report's back matter.
 */
final class GrantAnswerReader {
  private static final Pattern REGION_HEADING =
      Pattern.compile("^#*\\s*(Region\\s+\\S.*|\\S.*regionen)\\s*$");
  private static final int QUESTIONS = GrantQuestion.values().length;
  private static final Pattern YES_NO = Pattern.compile("^(Ja|Nej)\\b");

  /** One answer as read so far. */
  private record Answer(String region, GrantQuestion question, String questionText, String text,
      int lineStart, int lineEnd, boolean continued) {
    Answer withText(String longer, int line) {
      return new Answer(region, question, questionText, longer, lineStart, line, true);
    }
  }

  private final CorpusDocument document;

  GrantAnswerReader(CorpusDocument document) {
    this.document = document;
  }

  /** The records of the section on lines {@code first..last} (1-based, inclusive). */
  List<Record> read(int first, int last) {
    List<Answer> answers = new ArrayList<>();
    Set<String> regionsSeen = new HashSet<>();
    Set<GrantQuestion> answered = EnumSet.noneOf(GrantQuestion.class);
    String region = null;
    for (int n = first; n <= last; n++) {
      String line = document.line(n);
      if (line.isBlank() || InitiativeTableReader.SEPARATOR_ROW.matcher(line).matches()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length > 2) {
        throw new MalformedDocumentException("line " + n + ": expected question ⇥ answer, found "
            + fields.length + " cells");
      }
      if (fields.length == 2 && !fields[0].isBlank()) {
        GrantQuestion question = question(fields[0], n);
        if (region == null || !answered.add(question)) {
          throw new MalformedDocumentException("line " + n + ": question " + question.number()
              + " outside a region or answered twice for " + region);
        }
        answers.add(new Answer(region, question, HtmlCellText.text(fields[0]),
            HtmlCellText.text(fields[1]), n, n, false));
      } else if (fields.length == 2) {
        Answer previous = previous(answers, n);
        answers.set(answers.size() - 1,
            previous.withText(PageSplit.rejoin(previous.text(), HtmlCellText.text(fields[1])), n));
      } else if (startsRegion(line, n, last)) {
        if (region != null && answered.size() < QUESTIONS) {
          throw new MalformedDocumentException("line " + n + ": " + region + " answers only "
              + answered.size() + " questions");
        }
        region = region(line, n);
        if (!regionsSeen.add(region)) {
          throw new MalformedDocumentException("line " + n + ": second block for " + region);
        }
        answered.clear();
      } else if (answered.size() == QUESTIONS) {
        requireBackMatter(n, last);
        break;
      } else {
        Answer previous = previous(answers, n);
        answers.set(answers.size() - 1, previous.withText(previous.text() + "\n" + HtmlCellText.text(line), n));
      }
    }
    if (answered.size() < QUESTIONS) {
      throw new MalformedDocumentException(region + " answers only " + answered.size() + " questions");
    }
    return answers.stream().map(this::toRecord).toList();
  }

  /** Text after a complete block that starts no region must be the colophon: no table rows follow. */
  private void requireBackMatter(int from, int last) {
    for (int n = from; n <= last; n++) {
      if (document.line(n).contains("\t")) {
        throw new MalformedDocumentException("line " + from + ": text between region blocks ('"
            + document.line(from) + "')");
      }
    }
  }

  private static GrantQuestion question(String cell, int line) {
    GrantQuestion question = GrantQuestion.identify(HtmlCellText.text(cell));
    if (question == null) {
      throw new MalformedDocumentException("line " + line + ": unknown question '" + cell + "'");
    }
    return question;
  }

  private static Answer previous(List<Answer> answers, int line) {
    if (answers.isEmpty()) {
      throw new MalformedDocumentException("line " + line + ": text before the first answer");
    }
    return answers.getLast();
  }

  /** A region heading is followed by the region's first question; a region named in text is not. */
  private boolean startsRegion(String line, int n, int last) {
    if (!REGION_HEADING.matcher(line).matches()) {
      return false;
    }
    for (int next = n + 1; next <= last; next++) {
      String candidate = document.line(next);
      if (!candidate.isBlank()) {
        String[] fields = candidate.split("\t", -1);
        return fields.length == 2
            && GrantQuestion.identify(HtmlCellText.text(fields[0])) == GrantQuestion.ALLOCATION;
      }
    }
    return false;
  }

  private static String region(String heading, int line) {
    Matcher m = REGION_HEADING.matcher(heading);
    String raw = m.matches() ? m.group(1) : heading;
    return Regions.canonical(raw).orElseThrow(() ->
        new MalformedDocumentException("line " + line + ": unknown region '" + raw + "'"));
  }

  private Record toRecord(Answer answer) {
    String id = document.entry().id() + "-" + answer.lineStart();
    Source source = new Source(document.fileName(), answer.lineStart(), answer.lineEnd());
    String yesNo = null;
    if (answer.question().yesNo()) {
      Matcher m = YES_NO.matcher(answer.text());
      yesNo = m.find() ? m.group(1) : null;
    }
    Record record = Record.of(id, answer.region(), document.entry().year(), DocType.GRANT_ANSWER,
            List.of(PolicyArea.ANSLAG_1_1.label()), answer.questionText(), answer.text(), source)
        .withQuestion(answer.question().number(), yesNo);
    record = ShortTitle.titled(document.entry().kind(), record);
    return answer.continued() ? record.withFlag("continuation_merged") : record;
  }
}
