package se.regionsok.search;

import java.util.List;

/**
 * The answer to /api/documents/{id}/similar: comparable records best first, and apart from them
 * the records that report the same initiative again; {@code title} and {@code shortTitle} are the
 * original's.
 */
public record SimilarResponse(String id, String title, String shortTitle, String region, List<Hit> hits,
    List<Hit> sameInitiative) {}
