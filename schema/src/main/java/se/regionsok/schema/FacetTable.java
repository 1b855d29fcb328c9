package se.regionsok.schema;

import static se.regionsok.schema.SearchFields.*;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The facet dimensions the writer indexes and the readers count: one row per dimension, so the
 * two sides cannot disagree on whether a dimension is multi-valued or hierarchical.
 */
public final class FacetTable {

  /** One dimension: its name (as in API.md), whether a record has several values, whether values are paths, whether the API lists it. */
  public record Facet(String name, boolean multiValued, boolean hierarchical, boolean visible) {}

  public static final List<Facet> ALL = List.of(
      new Facet(FACET_REGION, true, false, true),
      new Facet(FACET_AREA, true, false, true),
      new Facet(FACET_DOC_TYPE, true, false, true),
      new Facet(FACET_RUS_GOAL, true, false, true),
      new Facet(FACET_RUS_THEME, true, false, true),
      new Facet(FACET_PROGRAM, true, false, true),
      new Facet(FACET_SDG, true, false, true),
      new Facet(FACET_SDG_SOURCE, true, false, true),
      new Facet(FACET_YEAR, true, false, true),
      new Facet(FACET_OUTCOME, false, false, true),
      new Facet(FACET_QUANTIFIED, false, false, true),
      new Facet(FACET_EVALUATED, false, false, true),
      new Facet(FACET_TOPIC, true, true, true),
      // counted only where asked for: placeholders are left out unless this facet is filtered
      new Facet(FACET_REPORTED, false, false, true),
      // source → goal: "goal 7 stated" must not mean "goal 7, and some goal stated"
      new Facet(FACET_SDG_BY_SOURCE, true, true, false));

  /** The dimensions the API lists, in API.md's order. */
  public static final List<String> VISIBLE = ALL.stream().filter(Facet::visible).map(Facet::name).toList();

  private FacetTable() {}

  /** The Lucene facet configuration both the writer and the searcher use. */
  public static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    for (Facet facet : ALL) {
      config.setMultiValued(facet.name(), facet.multiValued());
      config.setHierarchical(facet.name(), facet.hierarchical());
    }
    return config;
  }
}
