package se.regionsok.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits Swedish compounds into their lemmatized parts with the hunspell dictionary's compound
 * flags: a part may begin a compound only in a form the dictionary marks as such (COMPOUNDBEGIN
 * or COMPOUNDMIDDLE, including the linking -s-/-e- forms its suffix rules generate, e.g.
 * "arbetsmarknad|s|frågor"), and the last part must be a form of an entry allowed to end one
 * (COMPOUNDEND). This keeps "regional" (no "reg"+"ion") and "företagande" ("före" never begins a
 * compound) whole. Of several segmentations the one with the fewest parts, and then the longest
 * last part (the head of a Swedish compound: "arbets|förmedling", not "arbetsför|medling"), wins. Every part is at least {@value #MIN_PART} letters long.
 */
public final class CompoundSplitter {
  static final int MIN_PART = 4;
  private static final char BEGIN = 'X';
  private static final char MIDDLE = 'U';
  private static final char END = 'Y';
  private static final char ONLY_IN_COMPOUND = 'Z';

  /**
   * A split compound: its parts' lemmas, its own lemma (the last part lemmatized), and where in
   * the word each part after the first begins (where a line may break: "vätgas|samverkans|grupp").
   */
  public record Compound(List<String> parts, String lemma, List<Integer> boundaries) {}

  private final SwedishDictionary dictionary;
  private final Map<String, String> lemmaByBeginForm;
  private final WordMemo<Compound> splits = new WordMemo<>(this::computeSplit);

  public CompoundSplitter(SwedishDictionary dictionary, Set<String> nonParts) {
    this.dictionary = dictionary;
    this.lemmaByBeginForm = beginForms(dictionary, nonParts);
  }

  /** The split of a lower-case word, or empty when it is no compound of known parts. */
  public Optional<Compound> split(String word) {
    return Optional.ofNullable(splits.get(word));
  }

  private Compound computeSplit(String word) {
    if (word.length() < 2 * MIN_PART) {
      return null;
    }
    List<Segment> best = segment(word, 0);
    if (best == null) {
      return null;
    }
    Segment last = best.get(best.size() - 1);
    List<String> parts = best.stream().map(Segment::lemma).distinct().toList();
    List<Integer> boundaries = best.stream().skip(1).map(Segment::start).toList();
    return new Compound(parts, word.substring(0, last.start()) + last.lemma(), boundaries);
  }

  private record Segment(int start, String lemma) {}

  /**
   * The best segmentation of word[from..] (into at least two parts at the start), or null. Words
   * are short, so plain recursion.
   */
  private List<Segment> segment(String word, int from) {
    List<Segment> best = null;
    String rest = word.substring(from);
    if (from > 0 && rest.length() >= MIN_PART) {
      String end = dictionary.lemmaWithFlag(rest, END);
      if (end != null && end.length() >= MIN_PART) {
        best = List.of(new Segment(from, end));
      }
    }
    for (int cut = word.length() - MIN_PART; cut >= from + MIN_PART; cut--) {
      String begin = lemmaByBeginForm.get(word.substring(from, cut));
      if (begin == null) {
        continue;
      }
      List<Segment> tail = segment(word, cut);
      if (tail != null && (best == null || tail.size() + 1 <= best.size())) {
        List<Segment> candidate = new ArrayList<>(tail.size() + 1);
        candidate.add(new Segment(from, begin));
        candidate.addAll(tail);
        best = candidate;
      }
    }
    return best;
  }

  private static Map<String, String> beginForms(SwedishDictionary dictionary, Set<String> nonParts) {
    Map<String, String> forms = new HashMap<>(200_000);
    dictionary.flagsByEntry().forEach((entry, flags) -> {
      if (flags.indexOf(BEGIN) >= 0 || flags.indexOf(MIDDLE) >= 0) {
        addForm(forms, entry,
            flags.indexOf(ONLY_IN_COMPOUND) >= 0 ? lemmaOf(dictionary, entry) : entry);
      }
      for (SwedishDictionary.SuffixRule rule : dictionary.compoundFormRules()) {
        if (rule.appliesTo(entry, flags)) {
          addForm(forms, rule.apply(entry), entry);
        }
      }
      // The dictionary marks few nouns as compound beginnings; any word that may end a compound
      // may also begin one, bare or with the linking -s ("företag|s|stöd").
      if (flags.indexOf(END) >= 0 && flags.indexOf(ONLY_IN_COMPOUND) < 0) {
        addForm(forms, entry, entry);
        if (!entry.endsWith("s")) {
          addForm(forms, entry + "s", entry);
        }
      }
    });
    forms.entrySet().removeIf(form -> form.getKey().length() < MIN_PART
        || form.getValue().length() < MIN_PART || nonParts.contains(form.getValue()));
    return forms;
  }

  /** Of two lemmas for one form the shorter wins: "företags" is "företag", not "företaga". */
  private static void addForm(Map<String, String> forms, String form, String lemma) {
    forms.merge(form, lemma, (a, b) -> b.length() < a.length() ? b : a);
  }

  /** The free word behind a compound-only form: "arbets" → "arbete", "abborr" → "abborre". */
  private static String lemmaOf(SwedishDictionary dictionary, String compoundForm) {
    String base = compoundForm.endsWith("s")
        ? compoundForm.substring(0, compoundForm.length() - 1) : compoundForm;
    for (String candidate : List.of(base, base + "e", base + "a", compoundForm + "e", compoundForm + "a")) {
      String flags = dictionary.flagsByEntry().get(candidate);
      if (flags != null && flags.indexOf(ONLY_IN_COMPOUND) < 0) {
        return candidate;
      }
    }
    return compoundForm;
  }
}
