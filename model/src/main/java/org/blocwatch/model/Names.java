package org.blocwatch.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normal form in which names are compared: case-folded, accents and dashes unified,
 * ß as ss, ё as е, white space collapsed. "Chișinău", "Chisinau" and "CHIŞINĂU" meet here.
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032`´]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Names() {}

    public static String normalise(String text) {
        String s = text.replace('ё', 'е').replace('Ё', 'Е').replace("ß", "ss").replace('й', '\u0000');
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").replace('\u0000', 'й');
        s = DASHES.matcher(s).replaceAll("-");
        s = QUOTES.matcher(s).replaceAll("'");
        return SPACE.matcher(s.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** A URL- and id-safe slug: "Kassym-Jomart Tokayev" -> "kassym-jomart-tokayev". */
    public static String slug(String text) {
        return normalise(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
