package se.regionsok.record;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The 21 canonical region names (API.md) and the mapping of the spellings the reports use. */
public final class Regions {
  public static final List<String> CANONICAL = List.of(
      "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland Härjedalen",
      "Jönköping", "Kalmar", "Kronoberg", "Norrbotten", "Skåne", "Stockholm", "Sörmland",
      "Uppsala", "Värmland", "Västerbotten", "Västernorrland", "Västmanland", "Västra Götaland",
      "Örebro", "Östergötland");

  private Regions() {}

  /**
   * The canonical region a raw name denotes: tolerates HTML tags, "Region …", "… län",
   * "Västra Götalandsregionen", lost diacritics and the typos of the corpus (Norrboten, Norrbottn,
   * Vistmanland, Viastmanland).
   */
  public static Optional<String> canonical(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String key = fold(raw.replaceAll("<[^>]*>", " "))
        .replaceAll("^region\\s+", "")
        .replaceAll("regionen$", "")
        .replaceAll("\\s+(lans?|ln)$", "")
        .replaceAll("s$", "")
        .trim();
    key = switch (key) {
      case "norrboten", "norrbottn" -> "norrbotten";
      case "vistmanland", "viastmanland" -> "vastmanland";
      case "jamtland", "harjedalen", "jamtland-harjedalen" -> "jamtland harjedalen";
      case "vastra gotaland", "vgr" -> "vastra gotaland";
      default -> key;
    };
    for (String name : CANONICAL) {
      String canonicalKey = fold(name);
      if (canonicalKey.equals(key) || canonicalKey.equals(key.replaceAll("s$", ""))) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static String fold(String s) {
    String noMarks = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return noMarks.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").trim();
  }
}
