package se.regionsok.record;

/** A facet value and whether the text states it ("explicit") or it was derived ("inferred"). */
public record Tagged(String theme, String source) {
  public static final String EXPLICIT = "explicit";
  public static final String INFERRED = "inferred";
}
