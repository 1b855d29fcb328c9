package se.regionsok.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV export, with codes and in Swedish, holds each record's topic paths, over real HTTP on the real corpus. */
class ExportTopicsTest extends ApiTest {
  @Test
  void bothCsvExportsHoldTheTopicPaths() throws IOException {
    Map<String, String> topicsById = new HashMap<>();
    for (String line : server.get("/api/export", "q", "vätgas", "format", "jsonl").body().split("\n")) {
      JsonNode record = server.parse(line);
      List<String> paths = new ArrayList<>();
      record.get("topics").forEach(t -> paths.add(t.get("path").asText()));
      topicsById.put(record.get("id").asText(), String.join(" | ", paths));
    }
    long total = server.getJson("/api/search", "q", "vätgas").get("total").asLong();
    assertEquals(total, topicsById.size());

    List<Map<String, String>> codes = server.get("/api/export", "q", "vätgas", "format", "csv").csvRows(',');
    List<Map<String, String>> swedish = server.get("/api/export", "q", "vätgas", "format", "csv",
        "sep", "semicolon", "labels", "sv").csvRows(';');
    assertEquals(total, codes.size());
    assertEquals(total, swedish.size());
    for (int i = 0; i < codes.size(); i++) {
      assertEquals(topicsById.get(codes.get(i).get("id")), codes.get(i).get("topics"), codes.get(i).get("id"));
      assertEquals(topicsById.get(swedish.get(i).get("Id")), swedish.get(i).get("Ämnen"), swedish.get(i).get("Id"));
    }
    long hydrogen = codes.stream().filter(row -> row.get("topics").contains("Energi/Vätgas")).count();
    assertEquals(server.getJson("/api/search", "q", "vätgas", "topic", "Energi/Vätgas").get("total").asLong(), hydrogen);
    assertTrue(codes.stream().anyMatch(row -> row.get("topics").contains(" | ")), "several topics joined");
  }
}
