package org.blocwatch.extract.time;

import org.blocwatch.model.PartialDate;

/**
 * A time expression: characters [start, end) of the normalised text and what it denotes. A point
 * has {@code from == to}; "seit 2022" has only {@code from}, "bis 2012" only {@code to}, and
 * "2021-2022" both. A relative expression whose anchor (the document's date) is unknown keeps
 * {@code relative = true} and no dates: it is recognised, but never guessed.
 */
public record TimeExpression(int start, int end, Kind kind, PartialDate from, PartialDate to, boolean relative) {

    public enum Kind { POINT, SINCE, UNTIL, RANGE }

    public boolean resolved() { return from != null || to != null; }

    /** The date a point in time stands for (the start of a range); null if unresolved. */
    public PartialDate date() { return from != null ? from : to; }
}
