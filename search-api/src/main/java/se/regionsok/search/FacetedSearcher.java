package se.regionsok.search;

import se.regionsok.schema.FacetTable;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinal state of its reader, built once per index version rather than
 * per request (building it walks every facet value).
 */
public final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;

  private FacetedSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.facetState = new DefaultSortedSetDocValuesReaderState(reader, FacetTable.config());
  }

  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  public static final SearcherFactory FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new FacetedSearcher(reader);
    }
  };
}
