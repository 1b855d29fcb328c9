package se.regionsok.record;

import java.util.Arrays;
import java.util.List;

/** The controlled vocabulary of policy areas (API.md): the national strategy's priorities and the reports' other parts. */
public enum PolicyArea {
  LIKVARDIGA_MOJLIGHETER("Likvärdiga möjligheter till boende, arbete och välfärd"),
  KOMPETENSFORSORJNING("Kompetensförsörjning och kompetensutveckling"),
  INNOVATION_FORETAGANDE("Innovation och förnyelse samt entreprenörskap och företagande"),
  TILLGANGLIGHET("Tillgänglighet genom digital kommunikation och transportsystemet"),
  JAMSTALLDHET("Jämställdhet"),
  INTEGRATION("Integration"),
  MILJO_KLIMAT("Miljö och klimat"),
  ANSLAG_1_1("Anslag 1:1 Regionala utvecklingsåtgärder"),
  RUS_STRATEGI("Regional utvecklingsstrategi"),
  SAMVERKAN("Samverkan"),
  ANALYS_UPPFOLJNING("Analys, uppföljning och utvärdering"),
  OVRIGT("Övrigt");

  private final String label;

  PolicyArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(PolicyArea::label).toList();
  }
}
