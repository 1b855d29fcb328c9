package se.regionsok.enrich;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.analysis.ResourceTable;
import se.regionsok.record.Figure;

/**
 * Reads the quantified results of one sentence: changes ("från 5 till 24"), amounts of money,
 * shares and counts of the nouns in figure-units.tsv. A number counts only with its unit beside
 * it, so years, dates, phone numbers, section numbers and project ids, which carry none, are never
 * figures; a change between two years ("2015 till 2020") is a period, not a change.
 */
final class FigureExtractor {
  /** A number as written: "183", "1 537 062" (groups of three), "29,7". */
  private static final String NUMBER = "(?<![\\d.,:/\\-])(\\d{1,3}(?:[  ]\\d{3})+|\\d+)(?:,(\\d+))?(?![\\d.:/\\-]\\d)";
  private static final Pattern CHANGE = Pattern.compile(
      "(?iuU)(från\\s+|(?<=, |och ))" + NUMBER + "\\s+till\\s+" + NUMBER + "(?:\\s*(%|procent\\b|\\p{L}+))?");
  private static final Pattern MONEY = Pattern.compile("(?iuU)" + NUMBER
      + "\\s*(?:(miljoner|miljarder|mnkr|mkr|msek|mdkr|tkr|tusen)\\s*)?(kronor|kr|sek)\\b"
      + "|" + NUMBER + "\\s*(mnkr|mkr|msek|mdkr|tkr)\\b"
      + "|" + NUMBER + "\\s*(miljoner|miljarder)\\s+i\\s+(?:extern\\s+)?(?:stöd|kapital|riskkapital|finansiering|investeringar|medfinansiering)\\b");
  private static final Pattern SHARE = Pattern.compile("(?iuU)" + NUMBER + "\\s?(%|procent\\b)(?!enhet)");
  private static final Pattern COUNTED_NOUN_BEFORE = Pattern.compile("(?iuU)\\bantal(?:et)?\\s+(\\p{L}+)");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  /** A year before a noun ("under 2023 företagen …") follows one of these; "2000 kvinnor" does not. */
  private static final Pattern BEFORE_A_YEAR = Pattern.compile(
      "(?iuU)\\b(under|år|i|sedan|från|till|tom|t\\.o\\.m\\.|inför|efter|före|våren|hösten|sommaren|vintern)\\s*$");

  private record Unit(String name, Pattern after, Pattern before, Pattern noun) {}

  private final List<Unit> units = ResourceTable.read(FigureExtractor.class, "figure-units.tsv").stream()
      .map(row -> new Unit(row.get(0),
          Pattern.compile("(?iuU)" + NUMBER + "(?:-tal(?:et)?)?\\s+(?:\\p{L}+\\s+)?(?:" + row.get(1) + ")\\b"),
          Pattern.compile("(?iuU)\\b(?:" + row.get(1) + ")\\s*\\(" + NUMBER),
          Pattern.compile("(?iuU)(?:" + row.get(1) + ")")))
      .toList();

  List<Figure> figures(String sentence) {
    List<Figure> found = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    Matcher change = CHANGE.matcher(sentence);
    while (change.find()) {
      if (YEAR.matcher(change.group(2)).matches() && YEAR.matcher(change.group(4)).matches()) {
        continue;
      }
      String unit = changeUnit(change.group(6), sentence);
      if (unit != null && take(taken, change.start(2), change.end())) {
        found.add(figure(number(change.group(4), change.group(5)), unit, sentence, change.start(), change.end()));
      }
    }
    Matcher money = MONEY.matcher(sentence);
    while (money.find()) {
      int g = money.group(1) != null ? 1 : money.group(5) != null ? 5 : 8;
      String scale = money.group(g + 2);
      if (take(taken, money.start(), money.end())) {
        BigDecimal value = number(money.group(g), money.group(g + 1)).multiply(multiplier(scale));
        found.add(figure(value, "kr", sentence, money.start(), money.end()));
      }
    }
    Matcher share = SHARE.matcher(sentence);
    while (share.find()) {
      if (take(taken, share.start(), share.end())) {
        found.add(figure(number(share.group(1), share.group(2)), "%", sentence, share.start(), share.end()));
      }
    }
    for (Unit unit : units) {
      for (Pattern p : List.of(unit.after(), unit.before())) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
          boolean year = YEAR.matcher(m.group(1)).matches()
              && BEFORE_A_YEAR.matcher(sentence.substring(0, m.start())).find();
          if (!year && take(taken, m.start(), m.end())) {
            found.add(figure(number(m.group(1), m.group(2)), unit.name(), sentence, m.start(), m.end()));
          }
        }
      }
    }
    return found;
  }

  /** The unit of a change: the word after it, else the noun "antalet" names; null for none. */
  private String changeUnit(String after, String sentence) {
    if (after != null) {
      String word = after.toLowerCase(Locale.ROOT);
      if (word.equals("%") || word.equals("procent")) {
        return "%";
      }
      String known = knownUnit(word);
      if (known != null) {
        return known;
      }
      if (word.length() > 3 && !word.matches("år|åren|under|inom|och|för|per")) {
        return word;
      }
    }
    Matcher counted = COUNTED_NOUN_BEFORE.matcher(sentence);
    return counted.find() ? knownUnitOr(counted.group(1).toLowerCase(Locale.ROOT)) : null;
  }

  private String knownUnitOr(String word) {
    String known = knownUnit(word);
    return known != null ? known : word;
  }

  private String knownUnit(String word) {
    return units.stream().filter(u -> u.noun().matcher(word).matches()).map(Unit::name).findFirst().orElse(null);
  }

  private static boolean take(List<int[]> taken, int start, int end) {
    if (taken.stream().anyMatch(t -> start < t[1] && t[0] < end)) {
      return false;
    }
    taken.add(new int[] {start, end});
    return true;
  }

  private static Figure figure(BigDecimal value, String unit, String sentence, int start, int end) {
    BigDecimal plain = value.stripTrailingZeros();
    return new Figure(plain.scale() < 0 ? plain.setScale(0) : plain, unit, sentence.substring(start, end).strip());
  }

  private static BigDecimal number(String whole, String decimals) {
    String digits = whole.replaceAll("\\s", "") + (decimals == null ? "" : "." + decimals);
    return new BigDecimal(digits);
  }

  private static BigDecimal multiplier(String scale) {
    if (scale == null) {
      return BigDecimal.ONE;
    }
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "miljoner", "mnkr", "mkr", "msek" -> BigDecimal.valueOf(1_000_000);
      case "miljarder", "mdkr" -> BigDecimal.valueOf(1_000_000_000);
      default -> BigDecimal.valueOf(1_000);
    };
  }
}
