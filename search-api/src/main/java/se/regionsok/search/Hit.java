package se.regionsok.search;

import java.util.List;

/** One search result as API.md defines it; {@code snippet} is HTML-escaped text with {@code <mark>}s. */
public record Hit(String id, String region, int year, String docType, List<String> area,
    String title, String snippet, float score) {}
