package se.regionsok.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import se.regionsok.schema.RecordJson;
import se.regionsok.record.Record;

/**
 * Loads a JSON-lines corpus into the OpenSearch node: {@code OsLoad http://127.0.0.1:PORT in.jsonl}.
 * The stock `swedish` analyzer on title and text, facets as keyword fields under "facet", the whole
 * record as _source (export answers it). Prints the same line as BuildIndex: records, seconds,
 * records/s, MB/s, bytes.
 */
public final class OsLoad {
  private static final int BULK = 500;

  private OsLoad() {}

  public static void main(String[] args) throws Exception {
    OsClient os = new OsClient(args[0]);
    List<Record> records = ScaleCorpus.readJsonl(Path.of(args[1]));
    long start = System.nanoTime();
    os.send("DELETE", "/" + OsClient.INDEX, "application/json", null);
    os.call("PUT", "/" + OsClient.INDEX, mapping());
    long bytes = 0;
    StringBuilder bulk = new StringBuilder();
    for (int i = 0; i < records.size(); i++) {
      Record r = records.get(i);
      bytes += (r.title() + r.text()).getBytes(StandardCharsets.UTF_8).length;
      bulk.append("{\"index\":{\"_id\":").append(OsClient.JSON.writeValueAsString(r.id())).append("}}\n")
          .append(document(r)).append('\n');
      if ((i + 1) % BULK == 0 || i == records.size() - 1) {
        JsonNode answer = OsClient.checked(os.send("POST", "/" + OsClient.INDEX + "/_bulk",
            "application/x-ndjson", bulk.toString()));
        if (answer.path("errors").asBoolean()) {
          throw new IllegalStateException("bulk load failed: " + answer.toString().substring(0, 2000));
        }
        bulk.setLength(0);
      }
    }
    os.call("POST", "/" + OsClient.INDEX + "/_refresh", null);
    double seconds = (System.nanoTime() - start) / 1e9;
    long size = os.call("GET", "/" + OsClient.INDEX + "/_stats/store", null)
        .at("/indices/" + OsClient.INDEX + "/total/store/size_in_bytes").asLong();
    System.out.printf("%d\t%.1f\t%.0f\t%.2f\t%d%n", records.size(), seconds, records.size() / seconds,
        bytes / 1e6 / seconds, size);
  }

  /** One shard, no replica (one node); only title, text, year and the facets are indexed. */
  private static String mapping() throws Exception {
    ObjectNode facets = OsClient.JSON.createObjectNode();
    for (String[] facet : PgLoad.FACETS) {
      facets.putObject(facet[0]).put("type", "keyword");
    }
    ObjectNode body = OsClient.JSON.createObjectNode();
    body.putObject("settings").put("number_of_shards", 1).put("number_of_replicas", 0);
    ObjectNode properties = body.putObject("mappings").put("dynamic", false).putObject("properties");
    properties.putObject("title").put("type", "text").put("analyzer", "swedish");
    properties.putObject("text").put("type", "text").put("analyzer", "swedish");
    properties.putObject("year").put("type", "integer");
    properties.putObject("facet").set("properties", facets);
    return body.toString();
  }

  private static String document(Record r) throws Exception {
    ObjectNode doc = (ObjectNode) OsClient.JSON.readTree(RecordJson.write(r));
    doc.set("facet", OsClient.JSON.valueToTree(RecordFacets.of(r)));
    return doc.toString();
  }
}
