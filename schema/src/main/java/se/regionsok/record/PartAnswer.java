package se.regionsok.record;

/**
 * The box ticked for one part of a yes/no question that asks several ("den regionala
 * utvecklingsstrategin?", "Interreg?" …).
 *
 * @param question the part's own question, as the form words it
 * @param answer   "Ja", "Nej" or "Ej aktuellt", or null when the scan left its box unreadable
 */
public record PartAnswer(String question, String answer) {}
