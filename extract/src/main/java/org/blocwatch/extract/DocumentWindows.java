package org.blocwatch.extract;

import org.blocwatch.model.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long document into windows of whole paragraphs, so that extraction holds the
 * annotation layers (tokens, lemmas, clauses, mentions of every sentence) of one window at a
 * time instead of the whole document's: memory then grows with the window, not with the
 * document. A window ends after a blank line that follows the end of a sentence, where the
 * sentence splitter ends a sentence too, so every sentence lies in one window, as it would in the
 * whole document; only a paragraph longer than a window is cut elsewhere (a line break, else the
 * space after a full stop, else any space). A document of at most {@link #DEFAULT_CHARS}
 * characters, which every real article is, is one window: the document itself.
 *
 * <p>Each window is a {@link SourceDocument} of the same id, language and date over
 * {@link org.blocwatch.model.NormalisedText#window}: its offsets point into the whole original,
 * so a claim's offsets and quote are the same as if the whole document had been annotated.
 */
public final class DocumentWindows {

    /** Characters in a window: a few times the longest article, about 150 MB of annotation layers at most. */
    public static final int DEFAULT_CHARS = 200_000;

    /** Hears of a long document's windows as they are done; a document of one window says nothing. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (doc, done, total) -> {};

        /** {@code done} of {@code total} windows of {@code doc} are annotated (0 before the first). */
        void windows(SourceDocument doc, int done, int total);
    }

    /** A window: the normalised span [start, end). */
    public record Window(int start, int end) {}

    private final int maxChars;

    public DocumentWindows() { this(DEFAULT_CHARS); }

    public DocumentWindows(int maxChars) {
        if (maxChars < 2) throw new IllegalArgumentException("a window needs at least 2 characters: " + maxChars);
        this.maxChars = maxChars;
    }

    /** The windows of a text, in order, together covering it without gap or overlap. */
    public List<Window> split(String text) {
        List<Window> out = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cut(text, start, start + maxChars);
            out.add(new Window(start, end));
            start = end;
        }
        out.add(new Window(start, text.length()));
        return out;
    }

    /** The document of one window: the document itself if the window is all of it. */
    public static SourceDocument of(SourceDocument doc, Window w) {
        if (w.start() == 0 && w.end() == doc.text().text().length()) return doc;
        return new SourceDocument(doc.id(), doc.title(), doc.language(), doc.published(), doc.text().window(w.start(), w.end()));
    }

    /**
     * Where the window from {@code start} ends, at most at {@code limit}: after the last blank
     * line that ends a sentence in its second half, else after a line break, a full stop and
     * its space, or a space there, else at the limit.
     */
    private static int cut(String text, int start, int limit) {
        int floor = start + (limit - start) / 2;
        int best = -1, line = -1, stop = -1, space = -1;
        for (int i = limit - 1; i > floor && best < 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && text.charAt(i - 1) == '\n' && endsSentence(text, i - 1)) best = i + 1;
            else if (c == '\n' && line < 0) line = i + 1;
            else if (c == ' ' && stop < 0 && isStop(text.charAt(i - 1))) stop = i + 1;
            else if (Character.isWhitespace(c) && space < 0) space = i + 1;
        }
        if (best > 0) return best;
        if (line > 0) return line;
        if (stop > 0) return stop;
        if (space > 0) return space;
        // no space at all: never cut a surrogate pair
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** The last character before the blank line that starts at {@code newline} closes a sentence. */
    private static boolean endsSentence(String text, int newline) {
        int i = newline - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i >= 0 && (isStop(text.charAt(i)) || "\"“”»’)".indexOf(text.charAt(i)) >= 0);
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }
}
