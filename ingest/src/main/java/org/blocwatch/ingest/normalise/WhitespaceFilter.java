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
            // printable ASCII, the commonest case, is no kind of space
            boolean plain = c > ' ' && c < '\u007f';
            if (!plain && (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029')) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
                if (newlines == 0) pendingAt = i;
                newlines++;
                space = false;
            } else if (!plain && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                if (newlines == 0 && !space) { space = true; pendingAt = i; }
            } else {
                if (editor.length() > 0) {
                    // white space already as it should be is kept, so that tidy text passes as one run
                    boolean asIs = pendingAt == i - 1;
                    if (newlines > 0) {
                        if (newlines == 1 && asIs && text.charAt(pendingAt) == '\n') editor.keep(pendingAt, i);
                        else editor.insert(newlines > 1 ? "\n\n" : "\n", pendingAt);
                    } else if (space && !closesUp(text, i)) {
                        if (asIs && text.charAt(pendingAt) == ' ') editor.keep(pendingAt, i);
                        else editor.insert(" ", pendingAt);
                    }
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
