package se.regionsok.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import se.regionsok.repair.CleanVocabulary;

/**
 * Text of the report forms rather than of the answers (corpus notes §4 hazards 18–19): character
 * limit notes, the initiative tables' column instructions, placeholders of empty form fields,
 * the yes/no instructions, page numbers and the checkbox lines the OCR turned into noise.
 * Matched on the diacritic-free skeleton so that repair leftovers match too; the cues are the
 * data file form-boilerplate.txt.
 */
public final class FormBoilerplate {
  private static final List<String> CUES = cues();
  private static final List<Pattern> OPENINGS =
      CUES.stream().map(cue -> Pattern.compile("^(" + cue + ")")).toList();
  private static final List<Pattern> MENTIONS = CUES.stream().filter(cue -> !cue.endsWith("$"))
      .map(cue -> Pattern.compile("\\b(" + cue + ")")).toList();
  private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\(\\d{1,3}\\)\\s*$");
  /**
   * "Ja", "Nej [", "Nej U]", "Jad" (or "Jaa" after repair), "Nej ☐": a box label with an unreadable or empty mark. A
   * ticked box ("Ja ☒", OCR'd "Ja X" or "JaX") is the answer and stays.
   */
  private static final Pattern CHECKBOX =
      Pattern.compile("^\\s*(Ja[ad]?|Nej|Ej aktuellt)\\s*[☐\\[\\]U]{0,2}\\s*$");

  private FormBoilerplate() {}

  /** Lines that start a boilerplate paragraph even without a blank line before them. */
  public static boolean startsBoilerplate(String line) {
    return isBoilerplate(line) && !line.isBlank();
  }

  public static boolean isBoilerplate(String paragraph) {
    String skeleton = CleanVocabulary.skeleton(paragraph.strip());
    return OPENINGS.stream().anyMatch(p -> p.matcher(skeleton).find());
  }

  /** Whether form text stands anywhere in the text (column headers run together, §2.4). */
  public static boolean mentionsBoilerplate(String text) {
    String skeleton = CleanVocabulary.skeleton(text);
    return isBoilerplate(text) || MENTIONS.stream().anyMatch(p -> p.matcher(skeleton).find());
  }

  /** Lines that are never content: page numbers and checkbox labels. */
  public static boolean isNoiseLine(String line) {
    return PAGE_NUMBER.matcher(line).matches() || CHECKBOX.matcher(line).matches();
  }

  private static List<String> cues() {
    try (InputStream in = FormBoilerplate.class.getResourceAsStream("form-boilerplate.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
