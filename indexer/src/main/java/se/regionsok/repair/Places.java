package se.regionsok.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = Places.class.getResourceAsStream("places.txt")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .forEach(name -> places.bySkeleton.put(CleanVocabulary.skeleton(name), name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return places;
  }

  /** The place a marked skeleton (see {@link OcrSkeletons}) can stand for. */
  Optional<String> named(String marked) {
    return Optional.ofNullable(bySkeleton.get(OcrSkeletons.plain(marked)))
        .filter(name -> OcrSkeletons.fits(marked, name.toLowerCase(Locale.ROOT)));
  }
}
