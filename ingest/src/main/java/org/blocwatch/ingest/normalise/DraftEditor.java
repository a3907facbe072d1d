package org.blocwatch.ingest.normalise;

import org.blocwatch.model.OffsetMap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Builds the next draft from a source draft: runs of source characters are kept with their
 * original offsets, and inserted characters take the offset of the source position they stand
 * for. This is what keeps every normalised span traceable to the extracted text.
 */
public final class DraftEditor {

    private final Draft source;
    private final StringBuilder text;
    private final OffsetMap.Builder map = new OffsetMap.Builder();
    private final List<String> references;
    /** Source characters [keptFrom, keptTo) kept but not yet copied: adjacent keeps copy as one run. */
    private int keptFrom, keptTo;

    public DraftEditor(Draft source) {
        this.source = source;
        this.text = new StringBuilder(source.text().length());
        this.references = new ArrayList<>(source.references());
    }

    /** Copies source characters [from, to). */
    public DraftEditor keep(int from, int to) {
        if (from >= to) return this;
        // filters keep character by character; copying each one was a tenth of reading a file
        if (from != keptTo) {
            flush();
            keptFrom = from;
        }
        keptTo = to;
        return this;
    }

    private void flush() {
        if (keptFrom >= keptTo) return;
        text.append(source.text(), keptFrom, keptTo);
        map.append(source.offsets(), keptFrom, keptTo);
        keptFrom = keptTo;
    }

    /** Inserts text standing for the source character at {@code sourceIndex}. */
    public DraftEditor insert(CharSequence s, int sourceIndex) {
        flush();
        int original = source.toOriginal(sourceIndex);
        text.append(s);
        for (int i = 0; i < s.length(); i++) map.add(original);
        return this;
    }

    public DraftEditor reference(String reference) {
        references.add(reference);
        return this;
    }

    public int length() { return text.length() + keptTo - keptFrom; }

    public char lastChar() {
        return keptTo > keptFrom ? source.text().charAt(keptTo - 1) : text.charAt(text.length() - 1);
    }

    public Draft build() {
        // all of the source kept as it was, in one run: the source is the result
        if (text.length() == 0 && keptFrom == 0 && keptTo == source.text().length() && references.size() == source.references().size())
            return source;
        flush();
        map.add(source.toOriginal(source.text().length()));
        return new Draft(text.toString(), map.build(), references);
    }

    /** The source without the marked lines (and their line breaks). */
    public static Draft withoutLines(Draft source, BitSet removed, List<String> newReferences) {
        DraftEditor editor = new DraftEditor(source);
        List<Draft.Line> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (removed.get(i)) continue;
            Draft.Line line = lines.get(i);
            int end = Math.min(line.end() + 1, source.text().length());
            editor.keep(line.start(), end);
        }
        newReferences.forEach(editor::reference);
        return editor.build();
    }

    /**
     * The source with the marked lines moved behind everything else, each run of them as a
     * paragraph of its own: the rest reads on without them, and nothing is lost.
     */
    public static Draft movingLinesToEnd(Draft source, BitSet moved) {
        DraftEditor editor = new DraftEditor(source);
        List<Draft.Line> lines = source.lines();
        List<Draft.Line> tail = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Draft.Line line = lines.get(i);
            if (!moved.get(i)) {
                editor.keep(line.start(), Math.min(line.end() + 1, source.text().length()));
            } else {
                if (i == 0 || !moved.get(i - 1)) tail.add(null); // a new paragraph starts
                tail.add(line);
            }
        }
        for (Draft.Line line : tail) {
            if (line == null) {
                if (editor.length() > 0) editor.insert(editor.lastChar() == '\n' ? "\n" : "\n\n", source.text().length() - 1);
                continue;
            }
            editor.keep(line.start(), line.end());
            editor.insert("\n", Math.max(line.end() - 1, line.start()));
        }
        return editor.build();
    }
}
