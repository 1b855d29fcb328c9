package se.regionsok.read;

import java.util.List;
import java.util.regex.Pattern;
import se.regionsok.repair.CleanVocabulary;

/**
 * Text of the report forms rather than of the answers (corpus notes §4 hazards 18–19): character
 * limit notes, the initiative tables' column instructions, placeholders of empty form fields,
 * the yes/no instructions, page numbers and the checkbox lines the OCR turned into noise.
 * Matched on the diacritic-free skeleton so that repair leftovers match too.
 */
public final class FormBoilerplate {
  private static final List<Pattern> PARAGRAPHS = List.of(
      Pattern.compile("^observera! maximalt antal tecken"),
      Pattern.compile("^insatserna kan vara helt eller delvis finansierade"),
      Pattern.compile("^beskriv i punktform hur anslaget"),
      Pattern.compile("^ange max 5 insatser"),
      Pattern.compile("^klicka eller tryck h\\S*r for att ange text"),
      Pattern.compile("^om ja, beskriv hur anslaget har bidragit"),
      Pattern.compile("^namn p\\S* insats och kort"),
      Pattern.compile("^mal$"),
      Pattern.compile("^ange vilket eller vilka mal i den"),
      Pattern.compile("^resultat i form av (prestationer|effekter)"),
      Pattern.compile("^beskriv (uppnadda eller|sa langt det ar mojligt)"),
      Pattern.compile("^for definitioner och exempel av"),
      Pattern.compile("^ange (om det ar uppnadda|aven om)"),
      Pattern.compile("^uppf\\S*ljning kommer ske utifr\\S*n egen"));
  private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\(\\d{1,3}\\)\\s*$");
  /**
   * "Ja", "Nej [", " JaX", "Nej U]", "Jad", "Nej ☐": a box label with an unreadable or empty
   * mark. A ticked box ("Ja ☒") is the answer and stays.
   */
  private static final Pattern CHECKBOX =
      Pattern.compile("^\\s*(Ja|Nej|Jad|Ej aktuellt)\\s*[X☐\\[\\]U]{0,2}\\s*$");

  private FormBoilerplate() {}

  /** Lines that start a boilerplate paragraph even without a blank line before them. */
  public static boolean startsBoilerplate(String line) {
    return isBoilerplate(line) && !line.isBlank();
  }

  public static boolean isBoilerplate(String paragraph) {
    String skeleton = CleanVocabulary.skeleton(paragraph.strip());
    return PARAGRAPHS.stream().anyMatch(p -> p.matcher(skeleton).find());
  }

  /** Lines that are never content: page numbers and checkbox labels. */
  public static boolean isNoiseLine(String line) {
    return PAGE_NUMBER.matcher(line).matches() || CHECKBOX.matcher(line).matches();
  }
}
