package se.regionsok.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;

/**
 * Reads an återrapportering on the 2022 template (corpus notes §1.1, §2.4): Återrapportering 1–4
 * with numbered questions ("1.2.2.4 Ge exempel …") and "5 Övriga medskick". One record per
 * question, plus one per initiative of the "Ge exempel på insatser" tables. A question heading
 * must start with the template's verb, so "1.3.1.2 har ingen teckenbegränsning." and
 * "1 Örebro län finns …" start nothing.
 */
public final class Report2022Reader implements DocumentReader {
  private static final Pattern QUESTION = Pattern.compile(
      "^\\s?(\\d(?:\\.\\d){1,3})\\s{1,2}(Beskriv|Ge exempel|Har anslaget|Finns det|Bed\\S{1,2}m|Lista)");
  /** "1.2.1 Likvärdiga …", "3.1 Samverkan med …": kept only when a following question extends it. */
  private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\s?(\\d(?:\\.\\d){1,2})\\s+\\p{Lu}");
  private static final Pattern PART = Pattern.compile("^\\s?\\S?terrapportering ([1-4])\\s+\\S");
  private static final Pattern OTHER_REMARKS = Pattern.compile("^\\s?(5)\\s+\\S?vriga medskick");
  private static final Pattern INITIATIVE_QUESTION = Pattern.compile("^Ge exempel");

  private final InitiativeTable initiatives = new InitiativeTable();

  @Override
  public String kind() {
    return DocumentKind.REPORT_2022;
  }

  @Override
  public List<Record> read(CorpusDocument document) {
    List<Question> questions = questions(document);
    if (questions.isEmpty()) {
      throw new MalformedDocumentException(document.fileName() + ": no 2022 template questions");
    }
    QuestionRecords records = new QuestionRecords(document);
    List<Record> out = new ArrayList<>();
    for (Question question : questions) {
      String area = areaOf(question.number()).label();
      Record answer = records.answer(question, area);
      List<Record> split = INITIATIVE_QUESTION.matcher(answer.title()).find() && !answer.placeholder()
          ? initiatives.read(document, records.paragraphs(), records.questionEnd(question) + 1,
              question.lastLine(), area)
          : List.of();
      out.add(split.isEmpty() ? answer : records.answer(question, area, split));
      out.addAll(split);
    }
    return out;
  }

  /**
   * The questions ("q"; "heading" for "5 Övriga medskick", whose heading is its title); each
   * ends where the next heading of any level starts.
   */
  static List<Question> questions(CorpusDocument document) {
    List<String[]> headings = new ArrayList<>(); // {line, number, "q" for a question}
    for (int n = 1; n <= document.lines().size(); n++) {
      String line = document.line(n);
      Matcher q = QUESTION.matcher(line);
      Matcher h = NUMBERED_HEADING.matcher(line);
      Matcher part = PART.matcher(line);
      Matcher other = OTHER_REMARKS.matcher(line);
      if (q.find()) {
        headings.add(new String[] {String.valueOf(n), q.group(1), "q"});
      } else if (other.find()) {
        headings.add(new String[] {String.valueOf(n), other.group(1), "heading"});
      } else if (part.find()) {
        headings.add(new String[] {String.valueOf(n), part.group(1), ""});
      } else if (h.find() && extendedByNextQuestion(document, n, h.group(1))) {
        headings.add(new String[] {String.valueOf(n), h.group(1), ""});
      }
    }
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      String[] h = headings.get(i);
      int last = i + 1 < headings.size()
          ? Integer.parseInt(headings.get(i + 1)[0]) - 1 : document.lines().size();
      if (!h[2].isEmpty()) {
        questions.add(new Question(h[1], Integer.parseInt(h[0]), last, h[2].equals("heading")));
      }
    }
    return questions;
  }

  private static boolean extendedByNextQuestion(CorpusDocument document, int line, String number) {
    for (int n = line + 1; n <= document.lines().size(); n++) {
      Matcher q = QUESTION.matcher(document.line(n));
      if (q.find()) {
        return q.group(1).startsWith(number + ".");
      }
    }
    return false;
  }

  /** The policy area of a question from its place in the template (corpus notes §3.2). */
  static PolicyArea areaOf(String number) {
    if (number.startsWith("1.1")) {
      return PolicyArea.RUS_STRATEGI;
    }
    if (number.startsWith("1.2.") || number.startsWith("1.3.")) {
      return switch (number.substring(0, 5)) {
        case "1.2.1" -> PolicyArea.LIKVARDIGA_MOJLIGHETER;
        case "1.2.2" -> PolicyArea.KOMPETENSFORSORJNING;
        case "1.2.3" -> PolicyArea.INNOVATION_FORETAGANDE;
        case "1.2.4" -> PolicyArea.TILLGANGLIGHET;
        case "1.3.1" -> PolicyArea.JAMSTALLDHET;
        case "1.3.2" -> PolicyArea.INTEGRATION;
        case "1.3.3" -> PolicyArea.MILJO_KLIMAT;
        default -> throw new MalformedDocumentException("unknown 2022 question " + number);
      };
    }
    return switch (number.charAt(0)) {
      case '2' -> PolicyArea.ANSLAG_1_1;
      case '3' -> PolicyArea.SAMVERKAN;
      case '4' -> PolicyArea.ANALYS_UPPFOLJNING;
      case '5' -> PolicyArea.OVRIGT;
      default -> throw new MalformedDocumentException("unknown 2022 question " + number);
    };
  }
}
