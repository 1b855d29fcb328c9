package se.regionsok.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import se.regionsok.schema.RecordJson;
import se.regionsok.record.Record;

/**
 * Loads a JSON-lines corpus into PostgreSQL as the full-text peer: {@code PgLoad jdbcUrl in.jsonl}.
 * The `swedish` text search configuration, title weighted A, a GIN index on the tsvector, facets as
 * text arrays. Prints the same line as BuildIndex: records, seconds, records/s, MB/s, bytes.
 */
public final class PgLoad {
  private PgLoad() {}

  /** Facet parameter of the API → text[] column. */
  static final List<String[]> FACETS = List.of(new String[] {"region", "region"},
      new String[] {"area", "area"}, new String[] {"docType", "doc_type"},
      new String[] {"rusGoal", "rus_goal"}, new String[] {"rusTheme", "rus_theme"},
      new String[] {"program", "program"}, new String[] {"sdg", "sdg"}, new String[] {"year", "year_s"});

  public static void main(String[] args) throws Exception {
    List<Record> records = ScaleCorpus.readJsonl(Path.of(args[1]));
    long start = System.nanoTime();
    long bytes = 0;
    try (Connection c = DriverManager.getConnection(args[0]); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS records");
      s.execute("""
          CREATE TABLE records (id text PRIMARY KEY, year int, title text, body text, json text,
            region text[], area text[], doc_type text[], rus_goal text[], rus_theme text[],
            program text[], sdg text[], year_s text[],
            tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('swedish', title), 'A')
              || to_tsvector('swedish', body)) STORED)""");
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        int batch = 0;
        for (Record r : records) {
          bytes += (r.title() + r.text()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
          bind(c, insert, r);
          insert.addBatch();
          if (++batch % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
      s.execute("CREATE INDEX records_tsv ON records USING gin (tsv)");
      s.execute("VACUUM ANALYZE records");
      double seconds = (System.nanoTime() - start) / 1e9;
      try (ResultSet size = s.executeQuery("SELECT pg_total_relation_size('records')")) {
        size.next();
        System.out.printf("%d\t%.1f\t%.0f\t%.2f\t%d%n", records.size(), seconds,
            records.size() / seconds, bytes / 1e6 / seconds, size.getLong(1));
      }
    }
  }

  private static void bind(Connection c, PreparedStatement p, Record r) throws Exception {
    p.setString(1, r.id());
    p.setInt(2, r.year());
    p.setString(3, r.title());
    p.setString(4, r.text());
    p.setString(5, RecordJson.write(r));
    int column = 6;
    for (List<String> values : RecordFacets.of(r).values()) {
      p.setArray(column++, c.createArrayOf("text", values.toArray()));
    }
  }
}
