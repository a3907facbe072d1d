package org.blocwatch.extract.entity;

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

    /** An English-looking spelling of a German transliteration, for slugs of new persons. */
    public static String toEnglish(String name) {
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
