package se.regionsok.record;

import java.util.List;

/**
 * What a record says its initiative achieved, read from its effects part.
 *
 * @param status    one of {@link #STATUSES}
 * @param figures   quantified results stated as reached
 * @param evaluated the effects refer to an evaluation, follow-up research, indicators or a baseline
 * @param evidence  the sentences the status was decided on
 */
public record Outcomes(String status, List<Figure> figures, boolean evaluated, List<String> evidence) {
  public static final String ACHIEVED = "achieved";
  public static final String PARTLY = "partly";
  public static final String EXPECTED = "expected";
  public static final String TOO_EARLY = "too-early";
  public static final String NOT_REPORTED = "not-reported";
  /** In the order a list of good examples shows them. */
  public static final List<String> STATUSES = List.of(ACHIEVED, PARTLY, EXPECTED, TOO_EARLY, NOT_REPORTED);

  public Outcomes {
    figures = figures == null ? List.of() : List.copyOf(figures);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** Nothing reported: the record has no effects part. */
  public static Outcomes notReported() {
    return new Outcomes(NOT_REPORTED, List.of(), false, List.of());
  }

  public boolean quantified() {
    return !figures.isEmpty();
  }
}
