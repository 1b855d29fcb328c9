package se.regionsok.record;

/** An Agenda 2030 goal (1..17) and whether the text names it ("explicit") or it was inferred. */
public record SdgRef(int goal, String source) {
  public SdgRef {
    if (goal < 1 || goal > 17) {
      throw new IllegalArgumentException("Agenda 2030 goals are 1..17, not " + goal);
    }
  }
}
