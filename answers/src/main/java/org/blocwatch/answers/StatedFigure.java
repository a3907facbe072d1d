package org.blocwatch.answers;

import org.blocwatch.model.PartialDate;

import java.math.BigDecimal;

/**
 * A figure an analysis states about an organisation, kept beside the KB's own value so that
 * differences are visible. Never a claim: no answer rests on it.
 *
 * @param indicator the {@link Indicator#key()} it corresponds to
 * @param reading   how the analysis qualifies the number ("at least", "more than"), or null
 * @param from      the first day the analysis's figure covers (null: the whole history)
 * @param to        the last day it covers (typically the analysis's date)
 * @param says      what the analysis says, in our words
 */
public record StatedFigure(String org, String indicator, BigDecimal value, String reading,
                           PartialDate from, PartialDate to, String says) {

    public String display() {
        return (reading == null ? "" : reading + " ") + value.toPlainString();
    }
}
