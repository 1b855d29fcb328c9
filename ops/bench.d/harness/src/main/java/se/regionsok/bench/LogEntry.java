package se.regionsok.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One line of the query log: {@code type<TAB>/path?query}, the query parameters decoded. */
record LogEntry(String type, String path, String route, Map<String, List<String>> params) {

  static LogEntry parse(String line) {
    String[] parts = line.split("\t", 2);
    String path = parts[1].strip();
    int question = path.indexOf('?');
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (question >= 0) {
      for (String pair : path.substring(question + 1).split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return new LogEntry(parts[0], path, question < 0 ? path : path.substring(0, question), params);
  }

  String first(String name, String fallback) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }
}
