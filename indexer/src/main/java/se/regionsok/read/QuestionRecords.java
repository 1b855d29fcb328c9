package se.regionsok.read;

import java.util.List;
import java.util.regex.Pattern;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;
import se.regionsok.record.Source;

/**
 * Makes the answer record of one question: the title is the question's text (which can wrap and
 * even span a blank line, corpus notes §1.2), the text is the cleaned answer that follows.
 */
final class QuestionRecords {
  /** The question's own sentence ends with "." or "?", maybe followed by a glued note marker. */
  private static final Pattern QUESTION_END = Pattern.compile("[.?]\\S{0,3}\\s*$");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?i)^(se ovan|ej aktuellt( \\d{4})?|-)\\.?$");
  private static final int MAX_QUESTION_LINES = 6;
  /** The 2022 form's second sentence of 3.x.2, on a line of its own: still the question. */
  private static final Pattern QUESTION_GOES_ON = Pattern.compile("^Beskriv g\\S{1,3}rna ");

  private final CorpusDocument document;
  private final ParagraphBuilder paragraphs;

  QuestionRecords(CorpusDocument document) {
    this.document = document;
    this.paragraphs = new ParagraphBuilder(document.lines());
  }

  ParagraphBuilder paragraphs() {
    return paragraphs;
  }

  /** The line the question's own text ends on. */
  int questionEnd(Question question) {
    if (question.headingOnly()) {
      return question.headingLine();
    }
    int limit = Math.min(question.lastLine(), question.headingLine() + MAX_QUESTION_LINES);
    for (int n = question.headingLine(); n <= limit; n++) {
      if (QUESTION_END.matcher(document.line(n)).find()) {
        boolean goesOn = n < question.lastLine() && QUESTION_GOES_ON.matcher(document.line(n + 1).strip()).find();
        return goesOn ? n + 1 : n;
      }
    }
    return question.headingLine();
  }

  Record answer(Question question, String area) {
    return answer(question, area, List.of());
  }

  /**
   * The answer record, when initiatives were split out of it keeping only the text none of them
   * took (one rule for every template, so no text counts twice): flagged split_into_initiatives,
   * and a placeholder when nothing is left.
   */
  Record answer(Question question, String area, List<Record> splitOff) {
    int questionEnd = questionEnd(question);
    String title = ParagraphBuilder.text(paragraphs.paragraphs(question.headingLine(), questionEnd))
        .replace('\n', ' ').replaceFirst("^\\d+(\\.\\d+)*\\.?\\s+", "");
    List<Paragraph> all = question.lastLine() > questionEnd
        ? paragraphs.paragraphs(questionEnd + 1, question.lastLine()) : List.of();
    List<Paragraph> answer = all.stream().filter(p -> splitOff.stream().noneMatch(
        r -> r.source().lineStart() <= p.firstLine() && p.lastLine() <= r.source().lineEnd()))
        .toList();
    Checkboxes.Reading boxes = Checkboxes.read(
        document.lines().subList(question.headingLine() - 1, question.lastLine()),
        question.headingLine(), this::describes);
    String text = ParagraphBuilder.text(answer);
    if (text.isBlank() && boxes.answer() != null) {
      text = "Svar: " + boxes.answer() + "."; // the box is the whole answer
    }
    int lastLine = all.isEmpty() ? questionEnd : ParagraphBuilder.lastLine(all);
    Record record = Record.of(document.entry().id() + "-" + question.headingLine(),
            document.entry().region(), document.entry().year(), DocType.REPORT_ANSWER,
            List.of(area), title, text,
            new Source(document.fileName(), question.headingLine(), lastLine))
        .withQuestion(question.number(), boxes.answer())
        .withAnswers(boxes.parts());
    record = ShortTitle.titled(document.entry().kind(), record);
    if (boxes.partsDiffer()) {
      record = record.withFlag("answers_differ_by_part"); // the text says which part is which
    }
    if (!splitOff.isEmpty()) {
      record = record.withFlag("split_into_initiatives");
      if (text.isBlank()) {
        return record.withPlaceholder(true);
      }
    }
    if (text.isBlank()) {
      return record.withFlag("answer_unreadable"); // only unreadable checkboxes were left
    }
    return PLACEHOLDER.matcher(text.strip()).matches() ? record.withPlaceholder(true) : record;
  }

  /** Whether lines {@code from}..{@code to} say more than form text and placeholders. */
  private boolean describes(int from, int to) {
    return paragraphs.paragraphs(from, to).stream()
        .anyMatch(p -> !PLACEHOLDER.matcher(p.text().strip()).matches());
  }
}
