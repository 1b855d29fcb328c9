package se.regionsok.search;

/**
 * A record's whole text for reading with the query's words marked: {@code text} is HTML-escaped
 * with {@code <mark>}s, {@code matches} how many there are.
 */
public record MarkedText(String id, int matches, String text) {}
