package se.regionsok.repair;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The gazetteer places.txt: Swedish place names with å/ä/ö, found by their skeleton. */
final class Places {
  private final Map<String, String> bySkeleton = new HashMap<>();

  private Places() {}

  static Places load() {
    Places places = new Places();
    RepairData.lines("places.txt")
        .forEach(name -> places.bySkeleton.put(CleanVocabulary.skeleton(name), name));
    return places;
  }

  /** The place a marked skeleton (see {@link OcrSkeletons}) can stand for. */
  Optional<String> named(String marked) {
    return Optional.ofNullable(bySkeleton.get(OcrSkeletons.plain(marked)))
        .filter(name -> OcrSkeletons.fits(marked, name.toLowerCase(Locale.ROOT)));
  }
}
