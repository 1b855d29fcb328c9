package se.regionsok.search;

import java.util.List;

/**
 * A count matrix over two facets: {@code cells[i][j]} records have row value i and column value j;
 * {@code rowTotals}/{@code colTotals} count records with that value (a record with two values of
 * the other facet counts once there), {@code total} all matching records; {@code simplified}: the
 * query's expansion was cut to fit the clause budget.
 */
public record PivotResponse(String rows, String cols, List<String> rowValues, List<String> colValues,
    long[][] cells, long[] rowTotals, long[] colTotals, long total, boolean simplified) {}
