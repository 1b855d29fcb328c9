package se.regionsok.analysis;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure per-word function (lemma, compound split) shared by all threads. Hunspell
 * look-ups dominated indexing and similar-record requests (ops/BENCHMARKS.md) while text repeats a
 * small vocabulary. Bounded: emptied when full rather than tracking recency, which is enough for
 * Zipf-distributed words.
 */
final class WordMemo<V> {
  private static final int CAPACITY = 200_000;
  private final ConcurrentHashMap<String, Optional<V>> values = new ConcurrentHashMap<>();
  private final Function<String, V> compute;

  WordMemo(Function<String, V> compute) {
    this.compute = compute;
  }

  /** The function's value for the word, or null when it gives none. */
  V get(String word) {
    Optional<V> known = values.get(word);
    if (known == null) { // computed outside the map so no map lock is held during the look-up
      known = Optional.ofNullable(compute.apply(word));
      if (values.size() >= CAPACITY) {
        values.clear();
      }
      values.put(word, known);
    }
    return known.orElse(null);
  }
}
