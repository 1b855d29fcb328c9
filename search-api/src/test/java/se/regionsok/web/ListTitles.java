package se.regionsok.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What the page shows as a hit's or record's title: a report answer's short title, else its title. */
final class ListTitles {
  private ListTitles() {}

  static String of(JsonNode item) {
    JsonNode shortTitle = item.get("shortTitle");
    return shortTitle == null || shortTitle.isNull() ? item.get("title").asText() : shortTitle.asText();
  }

  static List<String> ofEach(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(item -> out.add(of(item)));
    return out;
  }
}
