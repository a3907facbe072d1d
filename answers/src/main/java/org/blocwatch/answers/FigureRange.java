package org.blocwatch.answers;

import org.blocwatch.model.Investment;
import org.blocwatch.model.Qualifier;
import org.blocwatch.model.Trade;

import java.math.BigDecimal;

/**
 * The values a stated figure allows. "62 billion" allows 61.5–62.5 billion (half a unit of its
 * last significant digit; trailing zeros count as rounding, so "60 billion" allows 55–65);
 * "approximately 90" allows 10% either way; "more than 62" anything
 * above 62. Two figures for the same thing conflict only when their ranges do not meet.
 *
 * @param low  the lowest value allowed (null: no lower bound)
 * @param high the highest value allowed (null: no upper bound)
 */
public record FigureRange(BigDecimal low, BigDecimal high) {
    private static final BigDecimal APPROX = new BigDecimal("0.10");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    public static FigureRange of(BigDecimal value, Qualifier qualifier) {
        BigDecimal halfUnit = BigDecimal.ONE.scaleByPowerOfTen(-value.stripTrailingZeros().scale()).multiply(HALF);
        return switch (qualifier == null ? Qualifier.EXACT : qualifier) {
            case EXACT -> new FigureRange(value.subtract(halfUnit), value.add(halfUnit));
            case APPROX -> {
                BigDecimal margin = value.abs().multiply(APPROX).max(halfUnit);
                yield new FigureRange(value.subtract(margin), value.add(margin));
            }
            case MORE_THAN -> new FigureRange(value, null);
            case LESS_THAN -> new FigureRange(null, value);
        };
    }

    public boolean meets(FigureRange o) {
        boolean belowOther = high != null && o.low != null && high.compareTo(o.low) < 0;
        boolean aboveOther = low != null && o.high != null && low.compareTo(o.high) > 0;
        return !belowOther && !aboveOther;
    }

    static String describe(Trade t) {
        return qualifier(t.qualifier()) + t.value().toPlainString() + " " + (t.currency() == null ? "" : t.currency())
                + (t.period() == null ? "" : " (" + t.period() + ")");
    }

    static String describe(Investment i) {
        return qualifier(i.qualifier()) + i.value().toPlainString() + " " + (i.currency() == null ? "" : i.currency())
                + (i.period() == null ? "" : " (" + i.period() + ")");
    }

    private static String qualifier(Qualifier q) {
        if (q == null) return "";
        return switch (q) {
            case EXACT -> "";
            case APPROX -> "about ";
            case MORE_THAN -> "more than ";
            case LESS_THAN -> "less than ";
        };
    }
}
