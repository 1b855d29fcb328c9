package se.regionsok.enrich;

import java.util.List;
import se.regionsok.record.Record;

/**
 * All facet enrichers in the order they depend on each other: a shifted row is put right first,
 * themes read the RUS goals, outcomes the effects part, inferred Agenda 2030 goals the effects
 * part and the topics.
 */
public final class Enrichers implements Enricher {
  private final List<Enricher> steps;

  private Enrichers(List<Enricher> steps) {
    this.steps = List.copyOf(steps);
  }

  public static Enrichers standard() {
    return new Enrichers(List.of(
        new ShiftedColumnsEnricher(),
        new RusGoalEnricher(),
        new RusThemeEnricher(),
        new ProgramEnricher(),
        new ProjectIdEnricher(),
        new PartsEnricher(),
        new OutcomeEnricher(),
        new TopicEnricher(),
        new SdgEnricher()));
  }

  public List<Enricher> steps() {
    return steps;
  }

  @Override
  public Record enrich(Record record) {
    Record enriched = record;
    for (Enricher step : steps) {
      enriched = step.enrich(enriched);
    }
    return enriched;
  }
}
