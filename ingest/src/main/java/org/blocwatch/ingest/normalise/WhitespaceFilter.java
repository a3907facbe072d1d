package org.blocwatch.ingest.normalise;

/**
 * Tidies white space the way layout extraction needs: every kind of space (tabs, no-break and
 * other Unicode spaces) becomes one plain space, runs collapse, lines lose leading and trailing
 * spaces, the space PDF extraction puts before punctuation ("erhalten ." / "z .B .") goes,
 * carriage returns and form feeds become line breaks, and blank lines collapse to one.
 */
public final class WhitespaceFilter implements TextFilter {

    @Override
    public Draft apply(Draft draft) {
        String text = draft.text();
        DraftEditor editor = new DraftEditor(draft);
        int newlines = 0;            // line breaks pending since the last written character
        boolean space = false;       // a space pending since the last written character
        int pendingAt = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
                if (newlines == 0) pendingAt = i;
                newlines++;
                space = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (newlines == 0 && !space) { space = true; pendingAt = i; }
            } else {
                if (editor.length() > 0) {
                    if (newlines > 0) editor.insert(newlines > 1 ? "\n\n" : "\n", pendingAt);
                    else if (space && !closesUp(text, i)) editor.insert(" ", pendingAt);
                }
                newlines = 0;
                space = false;
                editor.keep(i, i + 1);
            }
        }
        Draft out = editor.build();
        return out.text().equals(text) ? draft : out;
    }

    /** Punctuation that never follows a space in running text (unless it opens an ellipsis). */
    private static boolean closesUp(String text, int i) {
        char c = text.charAt(i);
        if (c == ')' || c == ',' || c == ';' || c == '!' || c == '?') return true;
        if (c == '.' || c == ':') return !(i + 1 < text.length() && text.charAt(i + 1) == c);
        return false;
    }
}
