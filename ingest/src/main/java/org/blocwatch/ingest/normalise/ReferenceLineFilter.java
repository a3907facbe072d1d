package org.blocwatch.ingest.normalise;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moves footnotes and bare URL lines out of the body into the reference list. PDF extraction
 * interleaves a page's footnotes ("3 https://example.org/a/b-") with the running text, and long
 * URLs wrap onto following lines, sometimes after a blank line; such continuation pieces (no
 * spaces, only URL characters, and URL-like) are joined to their footnote. The pieces are joined
 * as printed: a hyphen at a wrap may belong to the URL, so it is kept.
 */
public final class ReferenceLineFilter implements TextFilter {

    private static final Pattern FOOTNOTE = Pattern.compile("^\\d{1,3}\\s+(?:\\S.{0,200}?\\s)?(?:https?://|www\\.)\\S+.*$");
    private static final Pattern BARE_URL = Pattern.compile("^[<(\\[]?(?:https?://|www\\.)\\S+?[>)\\]]?$");
    private static final Pattern URL_PIECE = Pattern.compile("^[\\p{L}\\d%/._\\-?=&#~:+;,@!$*'()\\[\\]]+$");
    private static final Pattern URL_MARK = Pattern.compile("[/_%=#&?]|\\d|-.*-");
    private static final int MAX_FOOTNOTE_WORDS = 20;

    @Override
    public Draft apply(Draft draft) {
        List<Draft.Line> lines = draft.lines();
        BitSet removed = new BitSet();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).in(draft).strip();
            boolean footnote = FOOTNOTE.matcher(line).matches() && line.split("\\s+").length <= MAX_FOOTNOTE_WORDS;
            if (!footnote && !BARE_URL.matcher(line).matches()) continue;
            StringBuilder reference = new StringBuilder(line);
            removed.set(i);
            int next = i + 1;
            while (next < lines.size()) {
                String piece = lines.get(next).in(draft).strip();
                if (piece.isEmpty() && next + 1 < lines.size() && endsMidUrl(reference)
                        && isUrlPiece(lines.get(next + 1).in(draft).strip())) {
                    removed.set(next);
                    next++;
                    continue;
                }
                if (!isUrlPiece(piece)) break;
                reference.append(piece);
                removed.set(next);
                next++;
            }
            references.add(reference.toString());
            i = next - 1;
        }
        if (references.isEmpty()) return draft;
        return DraftEditor.withoutLines(draft, removed, references);
    }

    /** A wrapped remainder of a URL, not the start of a new one. */
    private static boolean isUrlPiece(String s) {
        return !s.isEmpty() && !BARE_URL.matcher(s).matches() && URL_PIECE.matcher(s).matches() && URL_MARK.matcher(s).find();
    }

    private static boolean endsMidUrl(CharSequence reference) {
        char last = reference.charAt(reference.length() - 1);
        return last == '-' || last == '_' || last == '/' || last == '%';
    }
}
