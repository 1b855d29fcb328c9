package se.regionsok.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;

/**
 * Reads an återrapportering on the 2024 template (corpus notes §1.2, §1.5, §2.5): sections 1–6,
 * questions "2.3 Beskriv …", one record per question. Headings are accepted only in template
 * order, so a numbered list inside an answer ("1. Cirkulära affärsmodeller …") starts nothing.
 * Question 5.1 asks four parts (strategy, ERUF, Interreg, FRO): each gets its ticked box in
 * {@code answers}, and {@code answer} what they all say. Bullets of a prestationer answer that each close
 * with their own goal line become initiative records as well.
 */
public final class Report2024Reader implements DocumentReader {
  private static final Pattern SECTION =
      Pattern.compile("^\\s?([1-6])\\.\\s+(Likv|Kompetens|Innovation|Tillg|Anslag|Analys)");
  private static final Pattern QUESTION =
      Pattern.compile("^\\s?([1-6])\\.([1-9])\\s+(Beskriv|Har|Om|Öm)\\b");
  private static final Map<Integer, PolicyArea> AREAS = Map.of(
      1, PolicyArea.LIKVARDIGA_MOJLIGHETER, 2, PolicyArea.KOMPETENSFORSORJNING,
      3, PolicyArea.INNOVATION_FORETAGANDE, 4, PolicyArea.TILLGANGLIGHET,
      5, PolicyArea.ANSLAG_1_1, 6, PolicyArea.ANALYS_UPPFOLJNING);
  /**
   * The question asking for the year's prestationer, where bullet initiatives stand: 1.4, 2.6, 3.4
   * and 4.4 in the 2024 template, so it is known by its words, not its number.
   */
  private static final Pattern SIGNED = Pattern.compile("\\s*\\p{Lu}[\\p{L}-]+ (19|20)\\d\\d-\\d\\d-\\d\\d\\s*");
  private static final Pattern PRESTATIONER = Pattern.compile("(?i)^[\\d.]+\\s+beskriv vilka prestationer");

  @Override
  public String kind() {
    return DocumentKind.REPORT_2024;
  }

  @Override
  public List<Record> read(CorpusDocument document) {
    List<Question> questions = questions(document);
    if (questions.isEmpty()) {
      throw new MalformedDocumentException(document.fileName() + ": no 2024 template questions");
    }
    QuestionRecords records = new QuestionRecords(document);
    List<Record> out = new ArrayList<>();
    for (Question question : questions) {
      int section = Integer.parseInt(question.number().substring(0, 1));
      String area = AREAS.get(section).label();
      List<Record> initiatives = List.of();
      if (PRESTATIONER.matcher(document.line(question.headingLine())).find()) {
        int from = records.questionEnd(question) + 1;
        initiatives = GoalBulletInitiatives.read(document,
            records.paragraphs().paragraphs(Math.min(from, question.lastLine()), question.lastLine()),
            area);
      }
      out.add(records.answer(question, area, initiatives));
      out.addAll(initiatives);
    }
    return out;
  }

  /**
   * The line "Västerås 2023-02-05" that opens the closing signature (place, date, signer and title),
   * after the last heading; one past the last line when the report is not signed.
   */
  private static int signatureLine(CorpusDocument document, int lastHeading) {
    for (int n = lastHeading + 1; n <= document.lines().size(); n++) {
      if (SIGNED.matcher(document.line(n)).matches()) {
        return n;
      }
    }
    return document.lines().size() + 1;
  }

  /** The questions in template order; each ends where the next heading (of any level) starts, the last before the signature. */
  static List<Question> questions(CorpusDocument document) {
    List<int[]> found = new ArrayList<>(); // {line, section, question}; question 0 = section heading
    int section = 0;
    int question = 0;
    for (int n = 1; n <= document.lines().size(); n++) {
      String line = document.line(n);
      Matcher s = SECTION.matcher(line);
      Matcher q = QUESTION.matcher(line);
      if (s.find() && Integer.parseInt(s.group(1)) == section + 1) {
        section++;
        question = 0;
        found.add(new int[] {n, section, 0});
      } else if (q.find() && Integer.parseInt(q.group(1)) == section
          && Integer.parseInt(q.group(2)) == question + 1) {
        question++;
        found.add(new int[] {n, section, question});
      }
    }
    List<Question> questions = new ArrayList<>();
    int end = found.isEmpty() ? document.lines().size() : signatureLine(document, found.getLast()[0]) - 1;
    for (int i = 0; i < found.size(); i++) {
      int[] f = found.get(i);
      int last = i + 1 < found.size() ? found.get(i + 1)[0] - 1 : end;
      if (f[2] > 0) {
        questions.add(new Question(f[1] + "." + f[2], f[0], last, false));
      }
    }
    return questions;
  }
}
