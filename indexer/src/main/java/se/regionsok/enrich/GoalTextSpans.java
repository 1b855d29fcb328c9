package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionsok.analysis.ResourceTable;

/**
 * Cuts a goal text into labelled segments. A Mål cell lists the goals of several frameworks one
 * after the other ("Mål i RUS: … Mål i Agenda 2030: 3 … ERUF: 1.3 …"); a segment runs from one
 * label to the next, so each framework's numbers and names stay with their own label. The labels
 * are data: goal-labels.tsv.
 */
final class GoalTextSpans {

  enum Kind {
    /** Text before the first label: bare goal labels (Norrbotten, Västerbotten …). */
    UNLABELLED,
    /** The regional development strategy. */
    RUS,
    /** Agenda 2030. */
    AGENDA,
    /** Any other framework: ERUF, Interreg, ESF+, national strategies … */
    OTHER
  }

  /** One segment; {@code body} is the text after the label. */
  record Segment(Kind kind, String label, String body) {}

  private record Label(Kind kind, Pattern pattern) {}

  private record Hit(Kind kind, int start, int end) {}

  private final List<Label> labels;

  GoalTextSpans() {
    labels = ResourceTable.read(GoalTextSpans.class, "goal-labels.tsv").stream()
        .map(row -> new Label(Kind.valueOf(row.get(0)), Pattern.compile(row.get(1))))
        .toList();
  }

  List<Segment> segments(String text) {
    List<Hit> hits = labelHits(text);
    List<Segment> segments = new ArrayList<>();
    int firstStart = hits.isEmpty() ? text.length() : hits.get(0).start();
    if (firstStart > 0) {
      segments.add(new Segment(Kind.UNLABELLED, "", text.substring(0, firstStart)));
    }
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      int end = i + 1 < hits.size() ? hits.get(i + 1).start() : text.length();
      segments.add(new Segment(hit.kind(), text.substring(hit.start(), hit.end()),
          text.substring(hit.end(), end)));
    }
    return segments;
  }

  /** The text of the segments of the given kinds, joined with line breaks. */
  String textOf(String text, Kind... kinds) {
    List<Kind> wanted = List.of(kinds);
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments(text)) {
      if (wanted.contains(segment.kind())) {
        out.append(segment.label()).append(' ').append(segment.body()).append('\n');
      }
    }
    return out.toString();
  }

  /** Label occurrences in text order; of overlapping ones the earliest and then longest wins. */
  private List<Hit> labelHits(String text) {
    List<Hit> all = new ArrayList<>();
    for (Label label : labels) {
      Matcher m = label.pattern().matcher(text);
      while (m.find()) {
        all.add(new Hit(label.kind(), m.start(), m.end()));
      }
    }
    all.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
    List<Hit> kept = new ArrayList<>();
    for (Hit hit : all) {
      if (kept.isEmpty() || hit.start() >= kept.get(kept.size() - 1).end()) {
        kept.add(hit);
      }
    }
    return kept;
  }
}
