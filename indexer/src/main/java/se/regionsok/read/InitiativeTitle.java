package se.regionsok.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An initiative's name taken from the first line of its "Namn på insats och kort beskrivning" cell.
 * Regions often run the name and the description together ("Kompetensbarometern: En bild av …",
 * "Workshops och forum Region Halland har hållit …"), so a long line is cut where the description
 * most likely starts.
 */
final class InitiativeTitle {
  static final int MAX_LENGTH = 120;
  /** A first line up to this long is taken whole; a longer one is cut where its description starts, */
  private static final int WHOLE_LENGTH = 100;
  /** or, when no cue says where and it is longer than {@link #MAX_LENGTH}, at a word boundary before this length, adding "…". */
  private static final int CAP_LENGTH = 100;

  /** ". " before a capital or digit ends the name; "2." in "etapp 2. Pågick" is too short to count. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[^\\s.]{2})[.!?](?=\\s+[\\p{Lu}0-9\"])");
  private static final String DESCRIPTION_STARTERS = "De|Det|Den|Detta|Denna|Är|Under|Målet|Syftet|Syftar"
      + "|Insatsen|Projektet|Projekt|Genom|Inom|Vi|Här|Ett|En|I|Arbetet|Förstudien|Satsningen"
      + "|Nätverket|Initiativet|Regionen|Länsstyrelsen|Stödet|Fullmäktige|Treårigt|Tvåårigt";

  /** Where a description may start, each with the fewest words the name before it must have. */
  private record Cue(Pattern pattern, int minWords) {}

  private static final List<Cue> CUES = List.of(
      // "Workshops och forum Region Halland har hållit …": a new subject and its verb
      new Cue(Pattern.compile("(?<=[\\p{Ll})])\\s+(?=(?:\\p{Lu}[\\p{L}-]+\\s){1,2}har\\s)"), 2),
      new Cue(Pattern.compile(":(?=\\s)"), 1),
      // "Regionala stadskärnor De regionala stadskärnorna är …"
      new Cue(Pattern.compile("(?<=[\\p{Ll}0-9)])\\s+(?=(?:" + DESCRIPTION_STARTERS + ")\\s)"), 2),
      new Cue(Pattern.compile("\\s+(?=är (?:ett|en)\\s)"), 1),
      new Cue(Pattern.compile("\\s+(?=(?:med|i) syfte att\\s|som (?:har till )?syft)"), 2),
      new Cue(Pattern.compile("\\s+[–-]\\s*(?=\\p{Ll})"), 1),
      new Cue(Pattern.compile("\\s+[–-]\\s+"), 2),
      // a comma, but not inside an enumeration ("mottagande, etablering och integration")
      new Cue(Pattern.compile(",\\s(?!\\p{Ll}+\\s(?:och|samt|eller)\\s)"), 2));

  private static final Pattern DASH = Pattern.compile("\\s+[–-]\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,:;–-]+$");

  private InitiativeTitle() {}

  static String of(String firstLine) {
    String line = firstLine.strip();
    Matcher sentenceEnd = SENTENCE_END.matcher(line);
    if (sentenceEnd.find() && sentenceEnd.start() >= 3) {
      line = line.substring(0, sentenceEnd.start());
    }
    // "Kraftkommission Blekinge – ett samarbetsinitiativ för att:" introduces a list
    Matcher dash = DASH.matcher(line);
    if (line.endsWith(":") && dash.find()) {
      line = line.substring(0, dash.start());
    }
    if (line.length() > WHOLE_LENGTH) {
      line = cutAtDescription(line);
    }
    return TRAILING_PUNCTUATION.matcher(line).replaceAll("");
  }

  private static String cutAtDescription(String line) {
    int cut = -1;
    for (Cue cue : CUES) {
      Matcher m = cue.pattern().matcher(line);
      while (m.find()) {
        if (wordCount(line.substring(0, m.start())) >= cue.minWords()) {
          cut = cut < 0 ? m.start() : Math.min(cut, m.start());
          break;
        }
      }
    }
    if (cut >= 0 && cut <= MAX_LENGTH) {
      return line.substring(0, cut);
    }
    if (cut < 0 && line.length() <= MAX_LENGTH) {
      return line; // nothing says a description starts: a long name
    }
    int space = line.lastIndexOf(' ', CAP_LENGTH);
    return TRAILING_PUNCTUATION.matcher(line.substring(0, space > 0 ? space : CAP_LENGTH)).replaceAll("") + "…";
  }

  private static int wordCount(String s) {
    String trimmed = s.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
