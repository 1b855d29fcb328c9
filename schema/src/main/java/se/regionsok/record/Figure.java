package se.regionsok.record;

import java.math.BigDecimal;

/**
 * One quantified result: {@code 183 företag}, {@code 22 %}, {@code 43000000 kr}.
 *
 * @param value the number, multipliers applied ("43 miljoner" is 43000000)
 * @param unit  "deltagare", "kvinnor", "män", "företag", "arbetstillfällen", "kr", "%" or, for a
 *              change ("från 215 till 714 laddpunkter"), the counted noun
 * @param text  the words it was read from, as they stand in the effects text
 */
public record Figure(BigDecimal value, String unit, String text) {}
