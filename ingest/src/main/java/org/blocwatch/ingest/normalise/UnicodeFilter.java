package org.blocwatch.ingest.normalise;

import java.text.Normalizer;

/**
 * Brings text to Unicode NFC, so that "ü" written as u + combining diaeresis matches "ü", and
 * drops invisible characters (soft hyphens, zero-width spaces and joiners, byte-order marks)
 * that extraction leaves in and that would split words for search and matching.
 */
public final class UnicodeFilter implements TextFilter {

    @Override
    public Draft apply(Draft draft) {
        String text = draft.text();
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC) && !hasInvisible(text)) return draft;
        DraftEditor editor = new DraftEditor(draft);
        int i = 0;
        while (i < text.length()) {
            int end = segmentEnd(text, i);
            String segment = text.substring(i, end);
            if (segment.length() == 1 && isInvisible(segment.charAt(0))) {
                // dropped
            } else if (segment.length() == 1 || Normalizer.isNormalized(segment, Normalizer.Form.NFC)) {
                editor.keep(i, end);
            } else {
                editor.insert(Normalizer.normalize(segment, Normalizer.Form.NFC), i);
            }
            i = end;
        }
        return editor.build();
    }

    /** A base character with the combining marks after it (and a whole surrogate pair). */
    private static int segmentEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length()) {
            int type = Character.getType(text.codePointAt(end));
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) break;
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean hasInvisible(String text) {
        for (int i = 0; i < text.length(); i++) if (isInvisible(text.charAt(i))) return true;
        return false;
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
