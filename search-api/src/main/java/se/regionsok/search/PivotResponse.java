package se.regionsok.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A count matrix over two facets: {@code cells[i][j]} records have row value i and column value j;
 * {@code rowTotals}/{@code colTotals} count records with that value (a record with two values of
 * the other facet counts once there), {@code total} all matching records; {@code simplified}: the query's
 * expansion was cut to fit the clause budget; {@code rowCodes} /
 * {@code colCodes} the values' official codes when the facet has them (region: SCB länskod);
 * {@code understood}, {@code correctedFrom}, {@code correctedTo} and {@code topicsSearched} how the
 * query was read, as in search.
 */
public record PivotResponse(String rows, String cols, List<String> rowValues, List<String> colValues,
    long[][] cells, long[] rowTotals, long[] colTotals, long total, boolean simplified,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> rowCodes,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> colCodes,
    @JsonInclude(JsonInclude.Include.NON_NULL) SearchResponse.Understood understood,
    @JsonInclude(JsonInclude.Include.NON_NULL) String correctedFrom,
    @JsonInclude(JsonInclude.Include.NON_NULL) String correctedTo,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SearchResponse.TopicSearched> topicsSearched) {}
