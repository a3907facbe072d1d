package org.blocwatch.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to year, month or day precision ("1999", "1999-04", "1999-04-02").
 * Sources rarely give every date to the day; keeping the precision lets queries say when an
 * answer falls inside that imprecision instead of pretending to know more than the source.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (month == 0 && day != 0) throw new IllegalArgumentException("a day needs a month");
        if (day != 0) LocalDate.of(year, month, day); // throws DateTimeException for 2023-02-30
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0); }

    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0); }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; anything else is a {@link MalformedDateException}. */
    public static PartialDate parse(String text) {
        if (text == null) throw new MalformedDateException("no date given");
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) throw new MalformedDateException("not a date (use YYYY, YYYY-MM or YYYY-MM-DD): " + text);
        try {
            return new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            throw new MalformedDateException("no such date: " + text);
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date may denote. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date may denote. */
    public LocalDate latest() {
        if (day != 0) return LocalDate.of(year, month, day);
        if (month != 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    public boolean isExact() { return precision() == Precision.DAY; }

    /** True when the day lies within the span this date may denote. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(earliest()) && !date.isAfter(latest());
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = earliest().compareTo(o.earliest());
        return c != 0 ? c : latest().compareTo(o.latest());
    }

    @Override
    public String toString() {
        // by hand, not String.format: every claim written out formats its dates, and a Formatter is slow
        StringBuilder out = new StringBuilder(10);
        digits(out, year, 4);
        if (month > 0) digits(out.append('-'), month, 2);
        if (day > 0) digits(out.append('-'), day, 2);
        return out.toString();
    }

    /** A positive number with leading zeros to {@code width} digits. */
    private static void digits(StringBuilder out, int n, int width) {
        String s = Integer.toString(n);
        for (int i = s.length(); i < width; i++) out.append('0');
        out.append(s);
    }
}
