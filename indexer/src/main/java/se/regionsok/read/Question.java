package se.regionsok.read;

/**
 * A template question found in a report: its number, the 1-based line its heading starts on, the
 * last line before the next heading, and whether the heading line alone is the title (a heading
 * such as "5 Övriga medskick" rather than a question sentence).
 */
record Question(String number, int headingLine, int lastLine, boolean headingOnly) {}
