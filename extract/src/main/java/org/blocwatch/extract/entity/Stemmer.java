package org.blocwatch.extract.entity;

/**
 * A deliberately light suffix stripper that lets one alias meet its inflected forms: German
 * "Kasachstans", "Russischen", "Kasachen" and Russian "Казахстана", "России" reduce to the same
 * stem as the alias. Applied to alias and text alike, it only has to be consistent, not
 * linguistically right; stems shorter than four letters are left whole to keep "Iran" from "Iren".
 */
public final class Stemmer {
    private static final String[] GERMAN = {"ern", "ens", "en", "em", "er", "es", "ns", "e", "n", "s"};
    private static final String[] RUSSIAN = {"ями", "ами", "ией", "ого", "ому", "ыми", "ими", "ия", "ии", "ию",
            "ой", "ом", "ая", "ое", "ые", "ых", "их", "ым", "им", "ий", "ый", "ей", "ям", "ам", "ах", "ях",
            "ем", "ём", "а", "у", "е", "ы", "и", "я", "ю", "ь", "й"};
    private static final int MIN_STEM = 4;

    private Stemmer() {}

    /**
     * Strips suffixes until none is left, so that stemming is idempotent: "Kasachstan" and
     * "Kasachstans" both end at "kasachsta", whichever ending each started with.
     */
    public static String stem(String norm) {
        if (norm.isEmpty()) return norm;
        String[] suffixes = Character.UnicodeBlock.of(norm.charAt(0)) == Character.UnicodeBlock.CYRILLIC ? RUSSIAN : GERMAN;
        String s = norm;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : suffixes) {
                if (s.endsWith(suffix) && s.length() - suffix.length() >= MIN_STEM) {
                    s = s.substring(0, s.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
        }
        return s;
    }
}
