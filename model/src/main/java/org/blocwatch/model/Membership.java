package org.blocwatch.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A subject's status in an organisation or format, over the span [from, to) or at one date.
 * {@code to} is the day the status ended; an absent bound is open.
 */
public record Membership(String subject, String object, MembershipStatus status,
                         PartialDate from, PartialDate to, DateRef at) implements ClaimBody {

    public Membership {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(status, "status");
        if (from != null && to != null && to.latest().isBefore(from.earliest()))
            throw new IllegalArgumentException("membership ends (" + to + ") before it starts (" + from + ")");
    }

    public static Membership span(String subject, String object, MembershipStatus status,
                                  PartialDate from, PartialDate to) {
        return new Membership(subject, object, status, from, to, null);
    }

    @Override public ClaimType type() { return ClaimType.MEMBERSHIP; }

    @Override public List<String> entityIds() { return List.of(subject, object); }

    /**
     * The span this claim asserts: [from, to), or the single date of {@code at}; null when the
     * claim says nothing about when (an unresolved "doc" date): such a claim cannot answer "on that day".
     */
    public Span span() {
        return Span.of(from, to, at);
    }

    /**
     * Valid-time semantics shared by memberships and offices. A claim with only {@code at}
     * holds on the days of that date; otherwise the span runs from {@code from} (open when
     * absent) up to but not including {@code to}.
     */
    public record Span(PartialDate from, PartialDate to, PartialDate only) {

        public enum Truth { YES, NO, UNCERTAIN }

        static Span of(PartialDate from, PartialDate to, DateRef at) {
            if (from != null || to != null) return new Span(from, to, null);
            if (at != null && at.resolved() != null) return new Span(null, null, at.resolved());
            return null;
        }

        /** Whether two spans share at least one possible day. */
        public boolean overlaps(Span o) {
            return !lastDay().isBefore(o.firstDay()) && !o.lastDay().isBefore(firstDay());
        }

        public LocalDate firstDay() {
            PartialDate start = only != null ? only : from;
            return start == null ? LocalDate.MIN : start.earliest();
        }

        public LocalDate lastDay() {
            PartialDate end = only != null ? only : to;
            return end == null ? LocalDate.MAX : end.latest();
        }

        public PartialDate start() { return only != null ? only : from; }

        public PartialDate end() { return only != null ? only : to; }

        /** Whether the status held on that day: UNCERTAIN when the day lies inside a coarse bound. */
        public Truth holdsOn(LocalDate day) {
            if (only != null) {
                if (!only.covers(day)) return Truth.NO;
                return only.isExact() ? Truth.YES : Truth.UNCERTAIN;
            }
            Truth t = Truth.YES;
            if (from != null) {
                if (day.isBefore(from.earliest())) return Truth.NO;
                if (!day.isAfter(from.latest()) && !from.isExact()) t = Truth.UNCERTAIN;
            }
            if (to != null) {
                if (to.isExact() ? !day.isBefore(to.earliest()) : day.isAfter(to.latest())) return Truth.NO;
                if (!to.isExact() && !day.isBefore(to.earliest())) t = Truth.UNCERTAIN;
            }
            return t;
        }

        public boolean isOpenStart() { return from == null && only == null; }
    }
}
