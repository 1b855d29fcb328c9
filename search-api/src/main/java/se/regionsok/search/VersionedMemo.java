package se.regionsok.search;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Answers already computed against one index version, forgotten when the version changes (or,
 * bounded, when full). For answers that repeat: the same facet call from a polling dashboard,
 * the same query's spelling while a user pages and ticks filters.
 */
final class VersionedMemo<K, V> {
  private final int capacity;
  private volatile Remembered<K, V> remembered = new Remembered<>(null, new ConcurrentHashMap<>());

  private record Remembered<K, V>(Object version, ConcurrentHashMap<K, Optional<V>> values) {}

  /** Computes a value that may be null. */
  @FunctionalInterface
  interface Computation<V> {
    V compute() throws IOException;
  }

  VersionedMemo(int capacity) {
    this.capacity = capacity;
  }

  V get(IndexReader reader, K key, Computation<V> computation) throws IOException {
    Object version = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
    Remembered<K, V> memo = remembered;
    if (memo.version() != version) {
      memo = new Remembered<>(version, new ConcurrentHashMap<>());
      remembered = memo;
    }
    Optional<V> known = memo.values().get(key);
    if (known == null) { // computed outside the map: no lock held during a search
      known = Optional.ofNullable(computation.compute());
      if (memo.values().size() >= capacity) {
        memo.values().clear();
      }
      memo.values().put(key, known);
    }
    return known.orElse(null);
  }
}
