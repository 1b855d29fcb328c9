package se.regionsok.read;

/** Text running over lines {@code firstLine}..{@code lastLine} (1-based), joined into one string. */
public record Paragraph(int firstLine, int lastLine, String text) {}
