package se.regionsok.ingest;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.corpus.DocumentKind;

/**
 * Recognises the corpus's document kinds from their text: the återrapportering templates by their
 * section and question numbering, the table appendix by its tab-separated tables, the project
 * decision by its fixed headings. Patterns run on folded text (no diacritics, lower case) because
 * OCR and PDF extraction often lose å, ä and ö.
 */
public final class KindDetector {
  private static final Pattern SECTION_2024 = Pattern.compile(
      "^\\s*([1-6])\\.\\s+(likv|kompetens|innovation|tillg|anslag|analys).*");
  private static final Pattern QUESTION_2024 = Pattern.compile("^\\s*[1-6]\\.[1-9]\\s+(beskriv|har|om|ange|redogor).*");
  private static final Pattern PART_2022 = Pattern.compile("^\\s*aterrapportering\\s+[1-4]\\b.*");
  private static final Pattern QUESTION_2022 = Pattern.compile("^\\s*[1-5]\\.[1-9]\\.[1-9](\\.[1-9])?\\s+\\S.*");
  private static final int MIN_TABLE_ROWS = 20;
  private static final int MIN_QUESTIONS = 5;

  public String detect(List<String> lines) {
    int tableRows = 0;
    int questions2024 = 0;
    int questions2022 = 0;
    int parts2022 = 0;
    Set<String> sections2024 = new HashSet<>();
    boolean projectDescription = false;
    boolean decisionBasis = false;
    for (String line : lines) {
      if (line.chars().filter(c -> c == '\t').count() >= 2) {
        tableRows++;
      }
      String folded = fold(line);
      Matcher section = SECTION_2024.matcher(folded);
      if (section.matches()) {
        sections2024.add(section.group(1));
      }
      questions2024 += QUESTION_2024.matcher(folded).matches() ? 1 : 0;
      questions2022 += QUESTION_2022.matcher(folded).matches() ? 1 : 0;
      parts2022 += PART_2022.matcher(folded).matches() ? 1 : 0;
      projectDescription |= folded.contains("projektbeskrivning");
      decisionBasis |= folded.contains("beslutsunderlag") || folded.contains("skal for det foreslagna beslutet");
    }
    if (tableRows >= MIN_TABLE_ROWS) {
      return DocumentKind.TABLE_APPENDIX;
    }
    if (parts2022 >= 2 && questions2022 >= MIN_QUESTIONS) {
      return DocumentKind.REPORT_2022;
    }
    if (sections2024.size() >= 3 && questions2024 >= MIN_QUESTIONS) {
      return DocumentKind.REPORT_2024;
    }
    if (projectDescription && decisionBasis) {
      return DocumentKind.PROJECT_DECISION;
    }
    return DocumentKind.GENERIC;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
