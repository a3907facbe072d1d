package org.blocwatch.extract.time;

import java.util.Locale;

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

    private Months() {}

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
