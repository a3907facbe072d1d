package org.blocwatch.extract.time;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Month names in German, English and Russian (any grammatical case) and their numbers. */
final class Months {
    /** Regex alternation matching a month name; {@link #number} tells which. */
    static final String PATTERN = "(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
            + "|january|february|march|may|june|july|october|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|okt|nov|dec|dez"
            + "|январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])\\.?";

    private static final String[][] PREFIXES = {
            {"jan", "янв"}, {"feb", "фев"}, {"mär", "mar", "мар"}, {"apr", "апр"}, {"mai", "may", "ма"}, {"jun", "июн"},
            {"jul", "июл"}, {"aug", "авг"}, {"sep", "сен"}, {"okt", "oct", "окт"}, {"nov", "ноя"}, {"dez", "dec", "дек"}};

    /** Every word {@link #PATTERN} matches, lower case, for a quick test whether a text names a month at all. */
    private static final Set<String> WORDS = words();

    private Months() {}

    private static Set<String> words() {
        Set<String> out = new HashSet<>(List.of("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
                "september", "oktober", "november", "dezember", "january", "february", "march", "may", "june", "july", "october",
                "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dez",
                "март", "марта", "марте", "август", "августа", "августе", "май", "мая", "мае"));
        for (String stem : List.of("январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр"))
            for (String ending : List.of("ь", "я", "е")) out.add(stem + ending);
        return Set.copyOf(out);
    }

    /** Whether a lower-case text contains a month name as a word. */
    static boolean mentioned(String lower) {
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetter(lower.charAt(i))) i++;
            int j = i;
            while (j < lower.length() && Character.isLetter(lower.charAt(j))) j++;
            if (j - i >= 3 && WORDS.contains(lower.substring(i, j))) return true;
            i = j;
        }
        return false;
    }

    static int number(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int m = 0; m < 12; m++)
            for (String p : PREFIXES[m]) if (n.startsWith(p)) return m + 1;
        return -1;
    }

    /**
     * Latin-script month names are capitalised in German and English; insisting on it keeps the
     * English verb "may" and German "mai" in other senses out. Russian months are lower case.
     */
    static boolean plausible(String name) {
        char c = name.charAt(0);
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC || Character.isUpperCase(c);
    }
}
