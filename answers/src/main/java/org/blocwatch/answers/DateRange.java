package org.blocwatch.answers;

import org.blocwatch.model.PartialDate;

import java.time.LocalDate;

/**
 * The days an indicator looks at, both ends included. A coarse --from starts at its first day
 * and a coarse --to ends at its last, so "--from 1992 --to 2023" covers both whole years.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (to.isBefore(from)) throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
    }

    /** From the first to the last day given; an open start is the earliest day any claim can name, an open end is today. */
    public static DateRange of(PartialDate from, PartialDate to, LocalDate today) {
        return new DateRange(from == null ? LocalDate.of(1, 1, 1) : from.earliest(), to == null ? today : to.latest());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether a date of any precision may fall inside the range. */
    public boolean mayContain(PartialDate date) {
        return !date.latest().isBefore(from) && !date.earliest().isAfter(to);
    }

    public LocalDate clamp(LocalDate day) {
        return day.isBefore(from) ? from : day.isAfter(to) ? to : day;
    }
}
