package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.regionsok.enrich.EffectSentences.Sentence;
import se.regionsok.record.Figure;
import se.regionsok.record.Outcomes;
import se.regionsok.record.Record;

/**
 * Fills outcomes from the effects part (run after {@link PartsEnricher}): the status from the
 * kinds of its sentences, the figures of the sentences that state results, whether it refers to
 * an evaluation, and the sentences the status rests on.
 *
 * <p>Status: no effects part (or one that only says "Ej aktuellt") is not-reported; the 2022
 * template's "Förväntade effekter" cell is expected; a too-early sentence makes it too-early,
 * or partly when another sentence explicitly states a result; stated results beside expected ones
 * are partly; only results achieved, only expectations expected; an effect denied ("Inga effekter
 * har uppnåtts") alone is not-reported.
 */
public final class OutcomeEnricher implements Enricher {
  private static final int MAX_EVIDENCE = 3;

  private final OutcomeCues cues = new OutcomeCues();
  private final EffectSentences sentences = new EffectSentences(cues);
  private final FigureExtractor figures = new FigureExtractor();

  @Override
  public Record enrich(Record record) {
    return record.withOutcomes(assess(record));
  }

  Outcomes assess(Record record) {
    String effects = record.effects();
    if (effects == null || record.placeholder() || cues.matches(OutcomeCues.NOTHING, effects.strip())) {
      return Outcomes.notReported();
    }
    boolean forecast = RecordParts.of(record).forecast();
    List<Sentence> all = sentences.split(effects, record.year());
    Map<String, List<Sentence>> byKind = all.stream().collect(Collectors.groupingBy(Sentence::kind));
    String status = forecast ? forecastStatus(byKind) : status(byKind);
    List<Figure> found = new ArrayList<>();
    if (status.equals(Outcomes.ACHIEVED) || status.equals(Outcomes.PARTLY)) {
      all.stream().filter(s -> statesResult(s.kind())).forEach(s -> found.addAll(figures.figures(s.text())));
    }
    boolean evaluated = cues.matches(OutcomeCues.EVALUATED, effects)
        && !cues.matches(OutcomeCues.NOT_EVALUATED, effects);
    return new Outcomes(status, found, evaluated, evidence(status, byKind));
  }

  private static boolean statesResult(String kind) {
    return kind.equals(OutcomeCues.ACHIEVED) || kind.equals(EffectSentences.STATED) || kind.equals(OutcomeCues.PARTLY);
  }

  private static String forecastStatus(Map<String, List<Sentence>> byKind) {
    return byKind.containsKey(OutcomeCues.TOO_EARLY) ? Outcomes.TOO_EARLY : Outcomes.EXPECTED;
  }

  private static String status(Map<String, List<Sentence>> byKind) {
    boolean explicit = byKind.containsKey(OutcomeCues.ACHIEVED);
    boolean stated = explicit || byKind.containsKey(EffectSentences.STATED);
    boolean expected = byKind.containsKey(OutcomeCues.EXPECTED);
    if (byKind.containsKey(OutcomeCues.TOO_EARLY)) {
      return explicit ? Outcomes.PARTLY : Outcomes.TOO_EARLY;
    }
    if (byKind.containsKey(OutcomeCues.PARTLY) || (stated && expected)) {
      return Outcomes.PARTLY;
    }
    if (stated) {
      return Outcomes.ACHIEVED;
    }
    return expected ? Outcomes.EXPECTED : Outcomes.NOT_REPORTED;
  }

  /** The sentences the status rests on: one of each deciding kind first, then more in that order. */
  private static List<String> evidence(String status, Map<String, List<Sentence>> byKind) {
    List<String> kinds = switch (status) {
      case Outcomes.ACHIEVED -> List.of(OutcomeCues.ACHIEVED, EffectSentences.STATED);
      case Outcomes.PARTLY -> List.of(OutcomeCues.PARTLY, OutcomeCues.ACHIEVED, OutcomeCues.TOO_EARLY,
          OutcomeCues.EXPECTED, EffectSentences.STATED);
      case Outcomes.EXPECTED -> List.of(OutcomeCues.EXPECTED, EffectSentences.STATED, OutcomeCues.ACHIEVED);
      case Outcomes.TOO_EARLY -> List.of(OutcomeCues.TOO_EARLY);
      default -> List.of(OutcomeCues.NEGATED);
    };
    List<String> firsts = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String kind : kinds) {
      List<Sentence> of = byKind.getOrDefault(kind, List.of());
      for (int i = 0; i < of.size(); i++) {
        (i == 0 ? firsts : rest).add(of.get(i).text());
      }
    }
    firsts.addAll(rest);
    return List.copyOf(firsts.subList(0, Math.min(MAX_EVIDENCE, firsts.size())));
  }
}
