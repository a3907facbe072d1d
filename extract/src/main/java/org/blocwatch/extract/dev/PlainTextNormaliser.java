package org.blocwatch.extract.dev;

import org.blocwatch.model.NormalisedText;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal normalisation for development runs on plain .txt files, until the ingest module's
 * DocumentReader is on main. Footnotes of PDF extractions ("15 https://..." and the lines
 * continuing the URL) are dropped; words broken at a line end are joined, across a dropped footnote too ("Aser-\nbaidschan";
 * the hyphen stays where the case changes, as in "Kasachstan-\nReise"); a blank line stays a
 * paragraph break only where a sentence could end there (after final punctuation or before a
 * capital), so a sentence interrupted by a page break stays whole; every other run of white
 * space becomes one space. The offset map lets quotes be cut from the original.
 */
public final class PlainTextNormaliser {
    /** A numbered URL line, and the lines without spaces that continue a URL broken across lines. */
    private static final Pattern FOOTNOTE = Pattern.compile("(?m)^\\d{1,3}\\s+(?:https?://|www)[^\\n]*(?:\\n[ \\t]*[^\\s]+[ \\t]*(?=\\n|$))*");

    private PlainTextNormaliser() {}

    public static NormalisedText normalise(String original) {
        BitSet skipped = new BitSet(original.length());
        Matcher f = FOOTNOTE.matcher(original);
        while (f.find()) skipped.set(f.start(), f.end());
        StringBuilder text = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (c == '-' && i > 0 && Character.isLetter(original.charAt(i - 1))) {
                int k = skipSpace(original, skipped, i + 1);
                if (k < original.length() && Character.isLetter(original.charAt(k)) && crossesLine(original, i + 1, k)) {
                    boolean sameCase = Character.isUpperCase(original.charAt(i - 1)) == Character.isUpperCase(original.charAt(k));
                    if (!sameCase) { map[n++] = i; text.append('-'); }
                    i = k;
                    continue;
                }
            }
            if (Character.isWhitespace(c) || skipped.get(i)) {
                int j = skipSpace(original, skipped, i);
                int newlines = 0;
                for (int x = i; x < j; x++) if (original.charAt(x) == '\n' && !skipped.get(x)) newlines++;
                if (n > 0 && j < original.length()) {
                    char prev = text.charAt(text.length() - 1);
                    boolean sentenceMayEnd = ".!?:;\"“”»)".indexOf(prev) >= 0 || Character.isUpperCase(original.charAt(j));
                    if (newlines >= 2 && sentenceMayEnd) { map[n++] = i; text.append('\n'); map[n++] = i; text.append('\n'); }
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

    private static int skipSpace(String s, BitSet skipped, int from) {
        int j = from;
        while (j < s.length() && (Character.isWhitespace(s.charAt(j)) || skipped.get(j))) j++;
        return j;
    }

    private static boolean crossesLine(String s, int from, int to) {
        for (int x = from; x < to; x++) if (s.charAt(x) == '\n') return true;
        return false;
    }
}
