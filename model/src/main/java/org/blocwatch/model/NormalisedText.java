package org.blocwatch.model;

/**
 * The text extraction reads, with a map back to the document's extracted (original) text.
 * Normalisation joins hyphenated line breaks, collapses white space and moves footnotes out of
 * the body; the map lets every span found in {@code text} be quoted verbatim from
 * {@code original}, so a quote can always be located in both.
 *
 * @param offsets for each index i of {@code text}, the index in {@code original} of the
 *                character it came from; one extra final entry maps text.length()
 */
public record NormalisedText(String original, String text, OffsetMap offsets) {

    public NormalisedText {
        if (offsets.length() != text.length() + 1)
            throw new IllegalArgumentException("offset map has " + offsets.length() + " entries for " + text.length() + " chars");
    }

    /** A text with its map given entry by entry. */
    public NormalisedText(String original, String text, int[] toOriginal) {
        this(original, text, OffsetMap.of(toOriginal));
    }

    /** Text that needs no normalisation: the identity map. */
    public static NormalisedText identity(String text) {
        return new NormalisedText(text, text, OffsetMap.identity(text.length() + 1));
    }

    /** The original offset of normalised offset {@code i}. */
    public int toOriginal(int i) { return offsets.at(i); }

    /** The start (inclusive) and end (exclusive) in the original of the normalised span [start, end). */
    public int[] originalSpan(int start, int end) {
        if (start >= end) return new int[]{toOriginal(start), toOriginal(start)};
        return new int[]{toOriginal(start), toOriginal(end - 1) + 1};
    }

    /** The verbatim original words behind the normalised span [start, end). */
    public String originalQuote(int start, int end) {
        int[] span = originalSpan(start, end);
        return original.substring(span[0], span[1]);
    }

    /**
     * The normalised span [start, end) as a text of its own over the same original: its offsets
     * still point into the whole original, so spans and quotes found in the window are those of
     * the whole document. The original is shared, not copied.
     */
    public NormalisedText window(int start, int end) {
        return new NormalisedText(original, text.substring(start, end), offsets.window(start, end));
    }

    @Override public int hashCode() { return text.hashCode(); }

    @Override public String toString() { return "NormalisedText[" + text.length() + " chars]"; }
}
