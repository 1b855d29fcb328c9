package se.regionsok.search;

/** One value of a facet and how many records have it. */
public record FacetValue(String value, long count) {}
