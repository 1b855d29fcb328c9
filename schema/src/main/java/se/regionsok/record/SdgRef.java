package se.regionsok.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An Agenda 2030 goal (1..17) and whether the text names it ("explicit") or it was inferred; an
 * inferred goal carries the words it was inferred from, so a reader can judge it.
 */
public record SdgRef(int goal, String source,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> evidence) {
  public SdgRef {
    if (goal < 1 || goal > 17) {
      throw new IllegalArgumentException("Agenda 2030 goals are 1..17, not " + goal);
    }
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** A goal without evidence words (an explicit goal: the text names it). */
  public SdgRef(int goal, String source) {
    this(goal, source, List.of());
  }
}
