package se.regionsok.search;

import static se.regionsok.schema.SearchFields.FACET_REGION;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import se.regionsok.record.Regions;

/**
 * A record's region as its place in the canonical list (Blekinge … Östergötland, A–Ö), read from
 * the facet doc values the index already holds, so sort=region needs no field of its own.
 */
final class RegionOrder extends DoubleValuesSource {
  /** After every region: a record without one sorts last. */
  private static final double NONE = Regions.CANONICAL.size();

  private final String field;
  private final String prefix;

  RegionOrder(FacetsConfig config) {
    this.field = config.getDimConfig(FACET_REGION).indexFieldName;
    this.prefix = FACET_REGION + FacetsConfig.DELIM_CHAR;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(ctx.reader(), field);
    double[] rankByOrd = ranks(values);
    return new DoubleValues() {
      private double rank;

      @Override
      public double doubleValue() {
        return rank;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        rank = NONE;
        if (values.advanceExact(doc)) {
          for (int i = 0; i < values.docValueCount(); i++) {
            long ord = values.nextOrd();
            if (ord < rankByOrd.length && rankByOrd[(int) ord] < rank) {
              rank = rankByOrd[(int) ord];
            }
          }
        }
        return true;
      }
    };
  }

  /** The rank of each of the segment's ordinals that is a region value (the others: NONE). */
  private double[] ranks(SortedSetDocValues values) throws IOException {
    long first = values.lookupTerm(new BytesRef(prefix));
    first = first < 0 ? -first - 1 : first;
    long end = values.lookupTerm(new BytesRef(FACET_REGION + (char) (FacetsConfig.DELIM_CHAR + 1)));
    end = end < 0 ? -end - 1 : end;
    double[] ranks = new double[(int) end];
    Arrays.fill(ranks, NONE);
    for (long ord = first; ord < end; ord++) {
      String region = values.lookupOrd(ord).utf8ToString().substring(prefix.length());
      int index = Regions.CANONICAL.indexOf(region);
      ranks[(int) ord] = index < 0 ? NONE : index;
    }
    return ranks;
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, field);
  }

  @Override
  public int hashCode() {
    return field.hashCode();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegionOrder o && o.field.equals(field);
  }

  @Override
  public String toString() {
    return "region order";
  }
}
