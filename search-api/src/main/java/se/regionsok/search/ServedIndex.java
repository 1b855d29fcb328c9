package se.regionsok.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import se.regionsok.schema.IndexLayout;

/**
 * The index version being served, opened read-only through a SearcherManager. {@link #refresh()}
 * switches to the layout's current version: new requests get the new searcher at once, requests
 * in flight finish on the old one, which closes when its last user releases it.
 */
public final class ServedIndex implements Closeable {
  private final IndexLayout layout;
  private final ReentrantLock switching = new ReentrantLock();
  private volatile Version served;

  private record Version(String name, FSDirectory directory, SearcherManager manager) {}

  /** Work done with a searcher that stays open until it returns. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  public ServedIndex(IndexLayout layout) throws IOException {
    this.layout = layout;
    refresh();
    if (served == null) {
      throw new IOException("no index version in " + layout.root());
    }
  }

  public <T> T withSearcher(SearcherWork<T> work) throws IOException {
    SearcherManager manager = served.manager();
    FacetedSearcher searcher;
    try {
      searcher = (FacetedSearcher) manager.acquire();
    } catch (org.apache.lucene.store.AlreadyClosedException switchedMeanwhile) {
      manager = served.manager();
      searcher = (FacetedSearcher) manager.acquire();
    }
    try {
      return work.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  public String version() {
    return served.name();
  }

  public int records() throws IOException {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** Records that only say their region reported nothing: stored and counted, never ranked. */
  public int placeholders() throws IOException {
    return withSearcher(s -> s.count(new org.apache.lucene.search.TermQuery(
        new org.apache.lucene.index.Term(se.regionsok.schema.SearchFields.PLACEHOLDER, "1"))));
  }

  /** Serves the layout's current version if it changed; true when it switched. */
  public boolean refresh() throws IOException {
    switching.lock();
    try {
      String current = layout.currentVersion().orElse(null);
      Version old = served;
      if (current == null || (old != null && old.name().equals(current))) {
        return false;
      }
      FSDirectory directory = FSDirectory.open(layout.directory(current));
      served = new Version(current, directory,
          new SearcherManager(directory, FacetedSearcher.FACTORY));
      if (old != null) {
        old.manager().close(); // in-flight searchers keep their reader until released
      }
      return true;
    } finally {
      switching.unlock();
    }
  }

  @Override
  public void close() throws IOException {
    Version v = served;
    if (v != null) {
      v.manager().close();
      v.directory().close();
    }
  }
}
