package se.regionsok.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The log's search, facet, pivot and export requests as SQL on the PgLoad table, answering what the
 * API answers: the top 10 with a ts_headline snippet, the total and multi-select facet counts (each
 * facet counted with the filters of the other facets only), a region × area pivot, whole records.
 */
final class PgTarget implements Target {
  private final String url;

  PgTarget(String url) {
    if (!url.startsWith("jdbc:postgresql://127.0.0.1:")) {
      throw new IllegalArgumentException("load goes to 127.0.0.1 only: " + url);
    }
    this.url = url;
  }

  @Override
  public Worker newWorker() throws Exception {
    Connection connection = DriverManager.getConnection(url);
    return new Worker() {
      @Override
      public boolean call(LogEntry entry) throws Exception {
        switch (entry.route()) {
          case "/api/search" -> {
            drain(connection, topHits(entry));
            drain(connection, facetCounts(entry));
          }
          case "/api/facets" -> drain(connection, facetCounts(entry));
          case "/api/stats/pivot" -> drain(connection, pivot(entry));
          case "/api/export" -> drain(connection, export(entry));
          default -> throw new IllegalArgumentException("no SQL for " + entry.route());
        }
        return true;
      }

      @Override
      public void close() throws Exception {
        connection.close();
      }
    };
  }

  /** SQL text and its parameters. */
  private record Sql(String text, List<Object> params) {}

  private static Sql topHits(LogEntry e) {
    List<Object> p = new ArrayList<>();
    String q = e.first("q", "");
    if (q.isBlank()) {
      return new Sql("SELECT id, title, left(body, 200) FROM records WHERE " + where(e, null, p)
          + " ORDER BY year DESC, id LIMIT 10", p);
    }
    p.add(q); // bound first: the FROM clause's query comes before the WHERE clause's
    return new Sql("SELECT id, title, ts_headline('swedish', body, query, 'MaxFragments=1, MaxWords=30')"
        + " FROM (SELECT id, title, body, ts_rank(tsv, query) AS rank, query FROM records,"
        + " websearch_to_tsquery('swedish', ?) query WHERE " + where(e, null, p)
        + " ORDER BY rank DESC LIMIT 10) top ORDER BY rank DESC", p);
  }

  private static Sql facetCounts(LogEntry e) {
    List<Object> p = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT 'total', '', count(*) FROM records WHERE ")
        .append(where(e, null, p));
    for (String[] facet : PgLoad.FACETS) {
      sql.append(" UNION ALL SELECT '").append(facet[0]).append("', v, count(*) FROM records, unnest(")
          .append(facet[1]).append(") v WHERE ").append(where(e, facet[0], p)).append(" GROUP BY v");
    }
    return new Sql(sql.toString(), p);
  }

  private static Sql pivot(LogEntry e) {
    List<Object> p = new ArrayList<>();
    return new Sql("SELECT r, c, count(*) FROM records, unnest(" + column(e.first("rows", "region"))
        + ") r, unnest(" + column(e.first("cols", "area")) + ") c WHERE " + where(e, null, p)
        + " GROUP BY r, c", p);
  }

  private static Sql export(LogEntry e) {
    List<Object> p = new ArrayList<>();
    return new Sql("SELECT json FROM records WHERE " + where(e, null, p) + " ORDER BY year DESC, id", p);
  }

  private static String column(String facet) {
    return PgLoad.FACETS.stream().filter(f -> f[0].equals(facet)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("facet " + facet))[1];
  }

  /** The text query and the filters, leaving out the facet {@code except} (multi-select counts). */
  private static String where(LogEntry e, String except, List<Object> p) {
    StringBuilder sql = new StringBuilder("true");
    String q = e.first("q", "");
    if (!q.isBlank()) {
      sql.append(" AND tsv @@ websearch_to_tsquery('swedish', ?)");
      p.add(q);
    }
    for (String[] facet : PgLoad.FACETS) {
      List<String> values = e.params().get(facet[0]);
      if (values != null && !facet[0].equals(except)) {
        sql.append(" AND ").append(facet[1]).append(" && ?");
        p.add(values.toArray(new String[0]));
      }
    }
    String from = e.first("yearFrom", null);
    String to = e.first("yearTo", null);
    if (from != null || to != null) {
      sql.append(" AND year BETWEEN ? AND ?");
      p.add(from == null ? Integer.MIN_VALUE : Integer.parseInt(from));
      p.add(to == null ? Integer.MAX_VALUE : Integer.parseInt(to));
    }
    return sql.toString();
  }

  private static void drain(Connection c, Sql sql) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql.text())) {
      for (int i = 0; i < sql.params().size(); i++) {
        Object value = sql.params().get(i);
        if (value instanceof String[] values) {
          s.setArray(i + 1, c.createArrayOf("text", values));
        } else {
          s.setObject(i + 1, value);
        }
      }
      try (ResultSet rows = s.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          for (int col = 1; col <= columns; col++) {
            rows.getString(col);
          }
        }
      }
    }
  }
}
