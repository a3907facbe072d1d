package org.blocwatch.model;

import java.util.Arrays;

/**
 * The text extraction reads, with a map back to the document's extracted (original) text.
 * Normalisation joins hyphenated line breaks, collapses white space and moves footnotes out of
 * the body; the map lets every span found in {@code text} be quoted verbatim from
 * {@code original}, so a quote can always be located in both.
 *
 * @param toOriginal for each index i of {@code text}, the index in {@code original} of the
 *                   character it came from; one extra final entry maps text.length()
 */
public record NormalisedText(String original, String text, int[] toOriginal) {

    public NormalisedText {
        if (toOriginal.length != text.length() + 1)
            throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for " + text.length() + " chars");
    }

    /** Text that needs no normalisation: the identity map. */
    public static NormalisedText identity(String text) {
        int[] map = new int[text.length() + 1];
        Arrays.setAll(map, i -> i);
        return new NormalisedText(text, text, map);
    }

    /** The original offset of normalised offset {@code i}. */
    public int toOriginal(int i) { return toOriginal[i]; }

    /** The start (inclusive) and end (exclusive) in the original of the normalised span [start, end). */
    public int[] originalSpan(int start, int end) {
        if (start >= end) return new int[]{toOriginal[start], toOriginal[start]};
        return new int[]{toOriginal[start], toOriginal[end - 1] + 1};
    }

    /** The verbatim original words behind the normalised span [start, end). */
    public String originalQuote(int start, int end) {
        int[] span = originalSpan(start, end);
        return original.substring(span[0], span[1]);
    }

    @Override public boolean equals(Object o) {
        return o instanceof NormalisedText n && n.original.equals(original) && n.text.equals(text)
                && Arrays.equals(n.toOriginal, toOriginal);
    }

    @Override public int hashCode() { return text.hashCode(); }

    @Override public String toString() { return "NormalisedText[" + text.length() + " chars]"; }
}
