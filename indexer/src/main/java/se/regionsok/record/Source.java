package se.regionsok.record;

/** Where a record came from: the corpus document (file name) and its 1-based line range. */
public record Source(String document, int lineStart, int lineEnd) {}
