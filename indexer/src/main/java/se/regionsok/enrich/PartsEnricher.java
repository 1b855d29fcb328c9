package se.regionsok.enrich;

import se.regionsok.record.Record;

/** Fills outputs and effects from the record's labelled parts ({@link RecordParts}). */
public final class PartsEnricher implements Enricher {
  @Override
  public Record enrich(Record record) {
    RecordParts parts = RecordParts.of(record);
    return record.withParts(parts.outputs(), parts.effects());
  }
}
