package se.regionsok.record;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 21 canonical region names (API.md) and the mapping of the spellings the reports use. */
public final class Regions {
  public static final List<String> CANONICAL = List.of(
      "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland Härjedalen",
      "Jönköping", "Kalmar", "Kronoberg", "Norrbotten", "Skåne", "Stockholm", "Sörmland",
      "Uppsala", "Värmland", "Västerbotten", "Västernorrland", "Västmanland", "Västra Götaland",
      "Örebro", "Östergötland");

  /** Canonical name → SCB länskod, from region-codes.tsv. */
  private static final Map<String, String> CODES = readCodes();

  private Regions() {}

  /** The region's SCB länskod ("01" Stockholm … "25" Norrbotten), or null for an unknown name. */
  public static String code(String canonical) {
    return CODES.get(canonical);
  }

  /** The canonical region of a länskod ("1" or "01"). */
  public static Optional<String> byCode(String code) {
    String padded = code.strip().length() == 1 ? "0" + code.strip() : code.strip();
    return CODES.entrySet().stream().filter(e -> e.getValue().equals(padded)).map(Map.Entry::getKey).findFirst();
  }

  private static Map<String, String> readCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Regions.class.getResourceAsStream("region-codes.tsv"), StandardCharsets.UTF_8))) {
      in.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
        String[] cells = line.split("\t");
        codes.put(cells[1].strip(), cells[0].strip());
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!codes.keySet().containsAll(CANONICAL) || codes.size() != CANONICAL.size()) {
      throw new IllegalStateException("region-codes.tsv must give one code per canonical region");
    }
    return Map.copyOf(codes);
  }

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
