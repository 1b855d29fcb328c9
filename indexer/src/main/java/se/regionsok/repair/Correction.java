package se.regionsok.repair;

/** One token a repair changed: where (1-based line), what was read and what it became. */
public record Correction(int line, String before, String after) {}
