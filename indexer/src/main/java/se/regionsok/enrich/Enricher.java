package se.regionsok.enrich;

import se.regionsok.record.Record;

/** Adds one facet to a record (RUS goals, themes, Agenda 2030 goals, programmes …). */
public interface Enricher {
  Record enrich(Record record);
}
