package se.regionsok.search;

import static se.regionsok.schema.SearchFields.TEXT;
import static se.regionsok.schema.SearchFields.TEXT_FOLDED;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * A record's whole text with the query's words in {@code <mark>}, found as search finds them:
 * Lucene's highlighter over the stemmed field (inflections, compound parts: "vätgas" marks
 * "vätgasutveckling") and the folded one ("vatgas" marks "vätgas"), their marks merged.
 */
final class FullTextMarks {
  /** Longer than any record's text: the whole of it is one passage. */
  private static final int MAX_LENGTH = 10_000_000;

  private record Span(int start, int end) {}

  private FullTextMarks() {}

  static MarkedText of(IndexSearcher searcher, Analyzer analyzer, Query query, int doc, String id, String text)
      throws IOException {
    SpanHighlighter highlighter = new SpanHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(MAX_LENGTH)
        .withFormatter(new SpanCollector()));
    Map<String, Object[]> byField = highlighter.spans(new String[] {TEXT, TEXT_FOLDED}, query, doc);
    List<Span> spans = new ArrayList<>();
    byField.values().forEach(found -> {
      if (found[0] != null) {
        @SuppressWarnings("unchecked")
        List<Span> fieldSpans = (List<Span>) found[0];
        spans.addAll(fieldSpans);
      }
    });
    List<Span> marks = merged(spans);
    return new MarkedText(id, marks.size(), marked(text, marks));
  }

  /** Overlapping or touching spans (the same word found in both fields) become one. */
  private static List<Span> merged(List<Span> spans) {
    List<Span> sorted = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
    List<Span> out = new ArrayList<>();
    for (Span span : sorted) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && span.start() <= last.end()) {
        out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  private static String marked(String text, List<Span> spans) {
    StringBuilder html = new StringBuilder(text.length() + spans.size() * 13);
    int at = 0;
    for (Span span : spans) {
      HtmlText.escape(text, at, span.start(), html);
      html.append("<mark>");
      HtmlText.escape(text, span.start(), span.end(), html);
      html.append("</mark>");
      at = span.end();
    }
    HtmlText.escape(text, at, text.length(), html);
    return html.toString();
  }

  /** The highlighter answering the formatter's objects (the spans) rather than strings. */
  private static final class SpanHighlighter extends UnifiedHighlighter {
    SpanHighlighter(Builder builder) {
      super(builder);
    }

    Map<String, Object[]> spans(String[] fields, Query query, int doc) throws IOException {
      int[] onePassage = new int[fields.length];
      java.util.Arrays.fill(onePassage, 1);
      return highlightFieldsAsObjects(fields, query, new int[] {doc}, onePassage);
    }
  }

  /** Collects the matches' offsets instead of formatting them. */
  private static final class SpanCollector extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Span> spans = new ArrayList<>();
      for (Passage passage : passages) {
        for (int i = 0; i < passage.getNumMatches(); i++) {
          spans.add(new Span(passage.getMatchStarts()[i], passage.getMatchEnds()[i]));
        }
      }
      return spans;
    }
  }
}
