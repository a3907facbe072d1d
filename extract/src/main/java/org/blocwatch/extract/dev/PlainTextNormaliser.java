package org.blocwatch.extract.dev;

import org.blocwatch.model.NormalisedText;

/**
 * A minimal normalisation for development runs on plain .txt files, until the ingest module's
 * DocumentReader is on main: words broken at a line end are joined ("Aser-\nbaidschan"; the
 * hyphen stays where the case changes, as in "Kasachstan-\nReise"), a blank line stays a
 * paragraph break, every other run of white space becomes one space. The offset map lets quotes
 * be cut from the original.
 */
public final class PlainTextNormaliser {
    private PlainTextNormaliser() {}

    public static NormalisedText normalise(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (c == '-' && i > 0 && Character.isLetter(original.charAt(i - 1))) {
                int j = i + 1;
                while (j < original.length() && (original.charAt(j) == ' ' || original.charAt(j) == '\t')) j++;
                if (j < original.length() && original.charAt(j) == '\n') {
                    int k = j + 1;
                    while (k < original.length() && Character.isWhitespace(original.charAt(k)) && original.charAt(k) != '\n') k++;
                    if (k < original.length() && Character.isLetter(original.charAt(k))) {
                        boolean sameCase = Character.isUpperCase(original.charAt(i - 1)) == Character.isUpperCase(original.charAt(k));
                        if (!sameCase) { map[n++] = i; text.append('-'); }
                        i = k;
                        continue;
                    }
                }
            }
            if (Character.isWhitespace(c)) {
                int j = i, newlines = 0;
                while (j < original.length() && Character.isWhitespace(original.charAt(j))) {
                    if (original.charAt(j) == '\n') newlines++;
                    j++;
                }
                if (n > 0) {
                    if (newlines >= 2) { map[n++] = i; text.append('\n'); map[n++] = i; text.append('\n'); }
                    else { map[n++] = i; text.append(' '); }
                }
                i = j;
                continue;
            }
            map[n++] = i;
            text.append(c);
            i++;
        }
        map[n] = original.length();
        int[] exact = new int[n + 1];
        System.arraycopy(map, 0, exact, 0, n + 1);
        return new NormalisedText(original, text.toString(), exact);
    }
}
