package se.regionsok.enrich;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a short goal phrase found in a record's prose is stated there as a goal. "Ökad
 * konkurrenskraft" is one of Örebro's effektmål and also what any text says of a company grant
 * ("stöden ska ge en ökad konkurrenskraft"); in prose such a phrase of one or two words counts
 * only where it is written as a name (a capital: "området Stärkt konkurrenskraft"), after a goal
 * word ("målet om minskad klimatpåverkan", "målområde Ett nyskapande Västmanland") or in one
 * sentence with another goal
 * ("de tre övergripande målen stark konkurrenskraft, hög och jämlik livskvalitet …").
 */
final class StatedGoals {
  private static final int GENERIC_WORDS = 2;
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** The words before a goal's name that say it is one: mål, målet om, effektmål, prioriteringen … */
  private static final Pattern CUE = Pattern.compile("(?i)\\b(?:(?:effekt|del)?mal(?:et|en|omrade[nt]?)?"
      + "|prioritering\\p{L}*|omradet)(?:\\s+om)?[\\s:–-]*(?:(?:ett|en|det|den)\\s+)?$");
  /** A name that starts with its article: "Ett nyskapande Västmanland". */
  private static final Pattern NAMED_BY_ARTICLE = Pattern.compile("\\b(?:Ett|En|Det|Den)\\s+$");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private StatedGoals() {}

  /** A phrase of at most two words and no number: what a text may say without naming a goal. */
  static boolean isGeneric(String phraseKey) {
    String words = phraseKey.strip();
    return !DIGIT.matcher(words).find() && words.split(" ").length <= GENERIC_WORDS;
  }

  /**
   * Whether {@code text} states the phrase as a goal.
   *
   * @param otherGoalKeys the keys ({@link TextKey}) of the other goals' phrases found in the text
   */
  static boolean stated(String text, String phraseKey, List<String> otherGoalKeys) {
    Pattern phrase = pattern(phraseKey);
    Matcher sentence = SENTENCE.matcher(foldKeepingCase(text));
    while (sentence.find()) {
      String s = sentence.group();
      Matcher m = phrase.matcher(s);
      while (m.find()) {
        String before = s.substring(0, m.start());
        if (Character.isUpperCase(s.charAt(m.start())) || NAMED_BY_ARTICLE.matcher(before).find()
            || CUE.matcher(before).find()) {
          return true;
        }
        String key = TextKey.of(s);
        if (otherGoalKeys.stream().anyMatch(other -> key.contains(other)
            && key.replace(other, " ").contains(phraseKey))) {
          return true; // another goal beside it, not around it
        }
      }
    }
    return false;
  }

  private static Pattern pattern(String phraseKey) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = phraseKey.strip().split(" ");
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : "[^\\p{L}\\p{N}]+").append("(?i:").append(Pattern.quote(words[i])).append(')');
    }
    return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
  }

  /** Diacritics folded as {@link TextKey} folds them, capitals kept. */
  private static String foldKeepingCase(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }
}
