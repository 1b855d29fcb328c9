package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.regionsok.api.SearchApiTest.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A rare common word naming a topic also finds the records of that topic (TopicConcepts), on the
 * real corpus over HTTP: the word's records plus the topic's and nothing else, the word's records
 * first, and the answer says which topic was searched.
 */
class TopicConceptsApiTest extends ApiTest {
  private static final String LANDSBYGD = "Samhällsplanering/Landsbygdsutveckling";

  @Test
  void aRareWordFindsItsRecordsFirstThenTheRecordsOfItsTopic() {
    JsonNode answer = server.getJson("/api/search", "q", "glesbygd", "size", "100");
    List<String> topic = allIds("topic", LANDSBYGD);
    List<String> widened = ids(answer);
    assertEquals(answer.get("total").asInt(), widened.size());
    assertTrue(widened.containsAll(topic), "every record of the topic is found: " + widened);
    assertTrue(topic.size() >= 10, "the topic says it in other words in many records: " + topic);

    List<Boolean> holdsTheWord = new ArrayList<>();
    answer.get("hits").forEach(hit -> {
      String snippet = hit.path("snippet").asText().toLowerCase(Locale.ROOT);
      holdsTheWord.add(snippet.contains("<mark>glesbygd"));
      assertTrue(snippet.contains("<mark>"), "a record found by its topic shows where it says it: " + snippet);
    });
    int holders = (int) holdsTheWord.stream().filter(b -> b).count();
    assertTrue(holders >= 1 && holders < 10, "the word itself is rare: " + holders);
    assertEquals(Collections.nCopies(holders, true), holdsTheWord.subList(0, holders),
        "the records that say the word rank above those that only carry its topic: " + holdsTheWord);
    for (int i = 0; i < widened.size(); i++) {
      assertTrue(holdsTheWord.get(i) || topic.contains(widened.get(i)), "nothing else: " + widened.get(i));
    }

    assertEquals(1, answer.get("topicsSearched").size(), answer.get("topicsSearched").toString());
    assertEquals("glesbygd", answer.get("topicsSearched").get(0).get("word").asText());
    assertEquals(LANDSBYGD, answer.get("topicsSearched").get(0).get("topic").asText());
    JsonNode facets = server.getJson("/api/facets", "q", "glesbygd");
    assertEquals(widened.size(), facets.get("total").asInt(), "dashboards count what the search finds");
    assertEquals(answer.get("topicsSearched"), facets.get("topicsSearched"), "and are told why");
    JsonNode pivot = server.getJson("/api/stats/pivot", "q", "glesbygd", "rows", "region", "cols", "year");
    assertEquals(widened.size(), pivot.get("total").asInt());
    assertEquals(answer.get("topicsSearched"), pivot.get("topicsSearched"));
  }

  @Test
  void theRecordViewOfARecordFoundByItsTopicMarksTheTopicsWords() {
    JsonNode marked = server.getJson("/api/documents/tabellbilaga-2023-58/marked", "q", "glesbygd");
    List<String> marks = new ArrayList<>();
    Matcher mark = Pattern.compile("<mark>([^<]*)</mark>").matcher(marked.get("text").asText());
    while (mark.find()) {
      marks.add(mark.group(1).toLowerCase(Locale.ROOT));
    }
    assertFalse(marks.isEmpty(), marked.toString());
    assertTrue(marks.stream().allMatch(m -> m.startsWith("servicehubb")), "Servicehubbar i Gävleborg: " + marks);
  }

  @Test
  void anInflectionOrAWordWithoutDiacriticsNamesTheSameTopicButNotTheTopicsOfItsParts() {
    assertEquals(topicsOf("elbil"), topicsOf("elbilar"));
    assertEquals(List.of("Transporter/Laddinfrastruktur"), topicsOf("elbilar"));
    assertEquals(List.of("Grön omställning/Cirkulär ekonomi"), topicsOf("aterbruk"));
    assertEquals(List.of("Areella näringar/Livsmedel och mat"), topicsOf("matproduktion"),
        "a term holding a shorter term of its topic (mat) is still one of its terms");
    assertEquals(List.of("Inkludering/Unga utanför arbete och studier"), topicsOf("ungdomsarbetslöshet"),
        "not also Barn och unga (ungdom) and Långtidsarbetslöshet (arbetslöshet)");
  }

  @Test
  void aWordTheRecordsUseOftenIsNotWidenedToItsBroaderTopic() {
    JsonNode fro = server.getJson("/api/search", "q", "FRO");
    assertFalse(fro.has("topicsSearched"), "FRO is one fund, not all of EU-fonder: " + fro.get("topicsSearched"));
    assertEquals(fro.get("total"), server.getJson("/api/search", "q", "fro").get("total"),
        "typed in lower case it is still the acronym, not frö without its dots");
  }

  @Test
  void aWordWithoutATopicAndAnExcludedWordReportNone() {
    assertFalse(server.getJson("/api/search", "q", "samverkan").has("topicsSearched"));
    JsonNode excluded = server.getJson("/api/search", "q", "näringsliv -glesbygd");
    assertFalse(excluded.has("topicsSearched"), excluded.get("topicsSearched") + "");
    Set<String> landsbygd = new HashSet<>(allIds("topic", LANDSBYGD));
    assertTrue(ids(excluded).stream().noneMatch(landsbygd::contains), "excluding the word excludes its topic");
  }

  private static List<String> topicsOf(String q) {
    List<String> topics = new ArrayList<>();
    server.getJson("/api/search", "q", q).path("topicsSearched").forEach(t -> topics.add(t.get("topic").asText()));
    return topics;
  }

  /** Every hit's id, page by page, in rank order. */
  private static List<String> allIds(String... params) {
    Set<String> all = new LinkedHashSet<>();
    for (int page = 1; ; page++) {
      List<String> query = new ArrayList<>(List.of(params));
      query.addAll(List.of("size", "100", "page", String.valueOf(page)));
      JsonNode answer = server.getJson("/api/search", query.toArray(String[]::new));
      all.addAll(ids(answer));
      if (all.size() >= answer.get("total").asInt() || answer.get("hits").isEmpty()) {
        return new ArrayList<>(all);
      }
    }
  }
}
