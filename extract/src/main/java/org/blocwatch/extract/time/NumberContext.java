package org.blocwatch.extract.time;

import java.util.regex.Pattern;

/**
 * What tells a number that looks like a year or a date from one that is none: a page, a number or
 * a paragraph before it ("S. 2019", "Seite 2020", "pp. 2019-2020", "Nr. 2018", "№ 2019", "стр.
 * 2020"), digits before it in the same run as in a telephone number ("+7 727 2019 2020",
 * "555-2019"), and an English decade used as an adjective ("the 1990s band").
 */
final class NumberContext {
    private static final Pattern MARKER = Pattern.compile(
            "(?:(?<![\\p{L}])(?:s|p|pp|nr|no|стр|с|тел|tel|art|abs)\\.|(?<![\\p{L}])(?:seite|seiten|page|pages|nummer|number|платформа)|[№#§+])\\s*$");
    private static final Pattern DECADE = Pattern.compile("\\d{3}0s");
    private static final Pattern DECADE_AS_TIME = Pattern.compile(
            "(?:^|\\s)(?:in|since|during|of|by|from|until|till|through|throughout|to|into|across|over|and|or|early|mid|late)\\s+(?:the\\s+)?$");

    private NumberContext() {}

    /** Whether the match text[start, end) of the lower-cased sentence, which starts with a digit, is not a time. */
    static boolean notADate(String lower, int start, int end) {
        if (!Character.isDigit(lower.charAt(start))) return false;
        String before = lower.substring(Math.max(0, start - 16), start);
        if (MARKER.matcher(before).find()) return true;
        if (partOfALongerNumber(lower, start)) return true;
        return DECADE.matcher(lower.substring(start, end)).matches() && attributive(lower, start, end);
    }

    /** Digits before the match with only spaces, hyphens, slashes or brackets between: "+7 727 2019". */
    private static boolean partOfALongerNumber(String lower, int start) {
        int i = start - 1;
        while (i >= 0 && (lower.charAt(i) == ' ' || lower.charAt(i) == '-' || lower.charAt(i) == '(' || lower.charAt(i) == ')' || lower.charAt(i) == '/')) i--;
        return i >= 0 && i < start - 1 && Character.isDigit(lower.charAt(i));
    }

    /** "the 1990s band": a lower-case word follows, and no preposition ("in the 1990s") makes it a time. */
    private static boolean attributive(String lower, int start, int end) {
        int j = end;
        while (j < lower.length() && lower.charAt(j) == ' ') j++;
        if (j == end || j >= lower.length() || !Character.isLetter(lower.charAt(j))) return false;
        return !DECADE_AS_TIME.matcher(lower.substring(Math.max(0, start - 24), start)).find();
    }
}
