package org.blocwatch.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows an import had to skip, one line each ("igos.csv line 12: ..."). Only the first lines are
 * kept, so that a wholly wrong file does not flood the terminal; the count stays exact.
 */
public final class ImportProblems {
    static final int KEPT = 20;

    private final List<String> lines = new ArrayList<>();
    private int count;

    void add(String where, long line, String message) {
        if (count++ < KEPT) lines.add(where + " line " + line + ": " + message);
    }

    public int count() { return count; }

    /** The first problems, and a last line saying how many more there were. */
    public List<String> lines() {
        if (count <= lines.size()) return List.copyOf(lines);
        List<String> out = new ArrayList<>(lines);
        out.add("... and " + (count - lines.size()) + " more");
        return out;
    }
}
