package se.regionsok.ingest;

import java.nio.file.Path;

/**
 * One file to add and what a person says about it.
 *
 * @param region the reporting region (any spelling {@link se.regionsok.record.Regions} knows);
 *               may be null only for a table appendix, which covers all regions
 * @param kind   a {@link se.regionsok.corpus.DocumentKind}, or null to detect it from the text
 * @param title  null to take the document's own title
 * @param force  add it even when it is not in Swedish
 */
public record IngestRequest(Path file, String region, int year, String kind, String title, boolean force) {}
