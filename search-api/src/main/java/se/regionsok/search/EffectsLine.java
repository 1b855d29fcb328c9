package se.regionsok.search;

import java.util.List;
import se.regionsok.record.Figure;
import se.regionsok.record.Outcomes;
import se.regionsok.record.Record;

/**
 * The outcome of a hit as a result list shows it: the status, one line of the effects part
 * (HTML-escaped; the query's words in {@code <mark>} when they occur there, else the sentence the
 * status rests on), the figures (the page sets their {@code text} in bold) and whether evaluated.
 */
public record EffectsLine(String status, String effects, List<Figure> figures, boolean evaluated) {
  private static final int MAX_LENGTH = 240;

  /** The line for a record; {@code highlighted} is the marked effects passage or null. */
  static EffectsLine of(Record record, String highlighted) {
    Outcomes outcomes = record.outcomes() == null ? Outcomes.notReported() : record.outcomes();
    String line = highlighted != null && highlighted.contains("<mark>") ? highlighted.strip() : plain(record, outcomes);
    return new EffectsLine(outcomes.status(), line, outcomes.figures(), outcomes.evaluated());
  }

  private static String plain(Record record, Outcomes outcomes) {
    String text = !outcomes.evidence().isEmpty() ? outcomes.evidence().get(0) : record.effects();
    if (text == null) {
      return null;
    }
    String clipped = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH).strip() + " …" : text;
    return HtmlText.escape(clipped.replace('\n', ' '));
  }
}
