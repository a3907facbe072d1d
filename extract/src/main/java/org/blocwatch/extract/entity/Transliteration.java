package org.blocwatch.extract.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A spelling key under which the German, English and scholarly transliterations of one Russian or
 * Central Asian name meet: Tokajew, Toqajew and Tokayev all become "tokayev", Paschinjan and
 * Pashinyan "pashinyan". Used for person names, whose spellings vary most between outlets.
 */
public final class Transliteration {
    private Transliteration() {}

    /** The key of one normalised (lower-case, accent-free) Latin word; other scripts pass unchanged. */
    public static String key(String norm) {
        if (norm.isEmpty() || norm.charAt(0) > 'z') return norm;
        String s = norm.replace("tsch", "ch").replace("sch", "sh").replace("kh", "ch").replace("ck", "k")
                .replace('j', 'y').replace('w', 'v').replace('q', 'k').replace("zh", "sh");
        s = collapseDoubles(s);
        if (s.endsWith("iy") || s.endsWith("yi")) s = s.substring(0, s.length() - 2) + "i";
        else if (s.endsWith("ey")) s = s.substring(0, s.length() - 2) + "ei";
        else if (s.endsWith("y") && s.length() > 3) s = s.substring(0, s.length() - 1) + "i";
        return s;
    }

    /**
     * Cyrillic letters (Russian, with the Kazakh and Kyrgyz additions) in the spelling English news
     * uses for names: Жаксылыков → Zhaksylykov, Дмитрий → Dmitry, Алексеев → Alekseyev.
     */
    private static final Map<Character, String> CYRILLIC = cyrillic();

    private static Map<Character, String> cyrillic() {
        String[] pairs = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo", "ж", "zh", "з", "z", "и", "i", "й", "y",
                "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh",
                "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya",
                "ә", "a", "ғ", "g", "қ", "k", "ң", "n", "ө", "o", "ұ", "u", "ү", "u", "һ", "h", "і", "i"};
        Map<Character, String> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i].charAt(0), pairs[i + 1]);
        return out;
    }

    /** Whether the text has a Cyrillic letter. */
    public static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** An English spelling of a name in Cyrillic, word by word, capitalised. */
    static String fromCyrillic(String name) {
        StringBuilder out = new StringBuilder();
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("[иы]й(?=$|[ -])", "y");
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = CYRILLIC.get(c);
            if (latin == null) { out.append(c); continue; }
            // "е" after a vowel or at a word's start sounds "ye": Алексеев → Alekseyev, Егор → Yegor
            if (c == 'е' && (i == 0 || "аеёиоуыэюяьъ -".indexOf(lower.charAt(i - 1)) >= 0)) latin = "ye";
            boolean capital = i == 0 || lower.charAt(i - 1) == ' ' || lower.charAt(i - 1) == '-';
            out.append(capital && !latin.isEmpty() ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
        }
        return out.toString();
    }

    /** An English-looking spelling of a German or Russian transliteration, for slugs of new persons. */
    public static String toEnglish(String name) {
        if (isCyrillic(name)) return fromCyrillic(name);
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            String w = word.replace("tsch", "ch").replace("sch", "sh").replace("Sch", "Sh").replace("Tsch", "Ch");
            if (w.matches(".*(ow|ew|owa|ewa|ij|ej)$") || w.contains("sh") || w.contains("ch") || w.contains("j"))
                w = w.replace("j", "y").replace("J", "Y").replace("w", "v").replace("W", "V");
            if (out.length() > 0) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }

    private static String collapseDoubles(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1) || !Character.isLetter(c)) b.append(c);
        }
        return b.toString();
    }
}
