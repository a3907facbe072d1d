package org.blocwatch.answers;

/**
 * A stated figure beside the KB's value for the same organisation, indicator and period.
 *
 * @param kb the KB's indicator over the figure's period (its value null when the KB cannot count it)
 */
public record FigureCheck(String citation, StatedFigure stated, Indicator kb) {

    /** "agrees", "DIFFERS", or "no KB value" when the KB has no claims to count from. */
    public String verdict() {
        return kb.value() == null ? "no KB value" : agrees() ? "agrees" : "DIFFERS";
    }

    /** Whether the KB's number is compatible with the figure as the analysis qualifies it. */
    public boolean agrees() {
        if (kb.value() == null) return false;
        int c = kb.value().compareTo(stated.value());
        if (stated.reading() == null) return c == 0;
        return switch (stated.reading()) {
            case "at least" -> c >= 0;
            case "more than" -> c > 0;
            case "at most" -> c <= 0;
            case "less than" -> c < 0;
            default -> c == 0;
        };
    }
}
