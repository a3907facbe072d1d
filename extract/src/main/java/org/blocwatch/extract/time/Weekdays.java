package org.blocwatch.extract.time;

import java.time.DayOfWeek;

/** Names of the days of the week in German, English and Russian (Russian after "в", in the accusative). */
final class Weekdays {
    /**
     * Regex alternation matching a day's name. Russian needs its preposition, since "среда" alone is as often the
     * environment as Wednesday.
     */
    static final String PATTERN = "(?:(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "|во?\\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))";

    /** Words of which one must stand in a sentence for {@link #PATTERN} to be worth trying. */
    static final String[] CLUES = {"tag", "mittwoch", "day", "abend", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"};

    private static final String[][] PREFIXES = {
            {"mon", "пон"}, {"die", "tue", "вто"}, {"mit", "wed", "сре"}, {"don", "thu", "чет"}, {"fre", "fri", "пят"},
            {"sam", "sonna", "sat", "суб"}, {"sonnt", "sun", "вос"}};

    private Weekdays() {}

    /** The day a name of {@link #PATTERN} names, or null. */
    static DayOfWeek of(String name) {
        for (int d = 0; d < PREFIXES.length; d++)
            for (String p : PREFIXES[d]) if (name.startsWith(p)) return DayOfWeek.of(d + 1);
        return null;
    }
}
