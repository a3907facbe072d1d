package org.blocwatch.ingest.normalise;

import org.blocwatch.model.OffsetMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Text part-way through normalisation: the current text, for each of its characters the offset
 * in the extracted text it came from (one extra final entry for the end; kept as runs, see
 * {@link OffsetMap}), and the references
 * (footnotes, URL lines) taken out of the body so far. Filters never edit a draft; they build
 * the next one with a {@link DraftEditor}, which carries the offsets along.
 */
public record Draft(String text, OffsetMap offsets, List<String> references) {

    public Draft {
        if (offsets.length() != text.length() + 1)
            throw new IllegalArgumentException("offset map has " + offsets.length() + " entries for " + text.length() + " chars");
        references = List.copyOf(references);
    }

    /** The extracted text itself, before any filter. */
    public static Draft of(String extracted) {
        return new Draft(extracted, OffsetMap.identity(extracted.length() + 1), List.of());
    }

    /** The offset in the extracted text of index {@code i} of this draft. */
    public int toOriginal(int i) { return offsets.at(i); }

    /** One line of the text: [start, end) without its line break. */
    public record Line(int start, int end) {
        public String in(Draft d) { return d.text.substring(start, end); }
        public boolean isBlank(Draft d) {
            for (int i = start; i < end; i++) if (!Character.isWhitespace(d.text.charAt(i))) return false;
            return true;
        }
    }

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            lines.add(new Line(start, i));
            start = i + 1;
        }
        if (start < text.length()) lines.add(new Line(start, text.length()));
        return lines;
    }
}
