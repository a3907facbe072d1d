package org.blocwatch.model;

/**
 * The period a figure covers: one date ("2023", "doc") or a range ("2024-01/2024-10").
 */
public record Period(DateRef from, DateRef to) {

    public static Period parse(String text) {
        if (text == null || text.isBlank()) return null;
        int slash = text.indexOf('/');
        if (slash < 0) {
            DateRef single = DateRef.parse(text);
            return new Period(single, single);
        }
        return new Period(DateRef.parse(text.substring(0, slash)), DateRef.parse(text.substring(slash + 1)));
    }

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + "/" + to;
    }
}
