package org.blocwatch.ingest.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Text part-way through normalisation: the current text, for each of its characters the offset
 * in the extracted text it came from (one extra final entry for the end), and the references
 * (footnotes, URL lines) taken out of the body so far. Filters never edit a draft; they build
 * the next one with a {@link DraftEditor}, which carries the offsets along.
 */
public record Draft(String text, int[] toOriginal, List<String> references) {

    public Draft {
        if (toOriginal.length != text.length() + 1)
            throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for " + text.length() + " chars");
        references = List.copyOf(references);
    }

    /** The extracted text itself, before any filter. */
    public static Draft of(String extracted) {
        int[] map = new int[extracted.length() + 1];
        for (int i = 0; i < map.length; i++) map[i] = i;
        return new Draft(extracted, map, List.of());
    }

    /** One line of the text: [start, end) without its line break. */
    public record Line(int start, int end) {
        public String in(Draft d) { return d.text.substring(start, end); }
        public boolean isBlank(Draft d) { return in(d).isBlank(); }
    }

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i < text.length() || start < i) lines.add(new Line(start, i));
                start = i + 1;
            }
        }
        return lines;
    }
}
