package se.regionsok.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.regionsok.analysis.FoldedTokens;
import se.regionsok.analysis.TopicVocabulary;
import se.regionsok.record.DocType;
import se.regionsok.record.Record;
import se.regionsok.record.Topic;

/**
 * Fills topics: what a record is about, from the topic vocabulary, with the vocabulary words
 * that put each topic there.
 *
 * <p>Method. Title (initiative name or section heading) and body (the text without the goal
 * paragraph a region repeats in every row) go through the folded analysis chain, so inflections,
 * compound parts ("vätgasmacken" → vätgas) and lost diacritics match. A topic's evidence is the
 * occurrences of its terms: each in the title counts {@link #TITLE_WEIGHT}, each in the body one.
 * The title of an answer is the template's question ("… fördelat anslaget mellan projektverksamhet,
 * regionala företagsstöd och stöd till kommersiell service"), asked of every region: it does not count.
 * A topic is assigned when its evidence reaches {@link #MIN_EVIDENCE} plus one for every
 * {@link #TOKENS_PER_EXTRA} tokens of body, so a passing mention in a long answer does not tag it.
 */
public final class TopicEnricher implements Enricher {
  static final int TITLE_WEIGHT = 2;
  static final int MIN_EVIDENCE = 2;
  static final int TOKENS_PER_EXTRA = 200;
  static final int MAX_TOPICS = 6;
  static final int MAX_EVIDENCE_WORDS = 5;

  private final TopicVocabulary vocabulary = TopicVocabulary.standard();

  private record Scored(Topic topic, int evidence) {}

  @Override
  public Record enrich(Record record) {
    String title = FoldedTokens.of(answersTemplateQuestion(record) ? "" : record.title());
    String body = FoldedTokens.of(body(record));
    int required = MIN_EVIDENCE + FoldedTokens.length(body) / TOKENS_PER_EXTRA;
    List<Scored> found = new ArrayList<>();
    for (TopicVocabulary.Entry entry : vocabulary.entries()) {
      int evidence = 0;
      List<String> words = new ArrayList<>();
      for (TopicVocabulary.Term term : entry.evidence()) {
        int hits = TITLE_WEIGHT * FoldedTokens.count(title, term.tokens()) + FoldedTokens.count(body, term.tokens());
        if (hits > 0) {
          evidence += hits;
          words.add(term.word());
        }
      }
      if (evidence >= required) {
        found.add(new Scored(new Topic(entry.name(), entry.path(),
            words.stream().limit(MAX_EVIDENCE_WORDS).toList()), evidence));
      }
    }
    return record.withTopics(found.stream()
        .sorted(Comparator.comparingInt(Scored::evidence).reversed())
        .limit(MAX_TOPICS).map(Scored::topic).toList());
  }

  private static boolean answersTemplateQuestion(Record record) {
    return DocType.REPORT_ANSWER.equals(record.docType()) || DocType.GRANT_ANSWER.equals(record.docType());
  }

  /** The text without the title when it opens the text, and without the region's goal paragraph. */
  private static String body(Record record) {
    String text = record.text() == null ? "" : record.text();
    if (record.goalText() != null) {
      text = text.replace(record.goalText(), " ");
    }
    return text.startsWith(record.title()) ? text.substring(record.title().length()) : text;
  }
}
