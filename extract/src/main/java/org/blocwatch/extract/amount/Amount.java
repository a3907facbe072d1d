package org.blocwatch.extract.amount;

import org.blocwatch.model.Qualifier;

import java.math.BigDecimal;

/**
 * A figure: characters [start, end) of the normalised text, its value in base units (90
 * Milliarden = 9.0E10), its unit (an ISO 4217 code, or "%" for percentages), how the text
 * qualifies it, and whether it is a change ("um 50%", "by 50%") rather than a level.
 */
public record Amount(int start, int end, BigDecimal value, String unit, Qualifier qualifier, boolean change) {

    public boolean isMoney() { return !unit.equals("%"); }

    public boolean isPercent() { return unit.equals("%"); }
}
