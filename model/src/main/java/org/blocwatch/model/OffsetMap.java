package org.blocwatch.model;

import java.util.Arrays;

/**
 * A map from each index of a normalised text (and its end) to an index of the original text,
 * kept as runs: normalisation copies long stretches unchanged, so within a run entry i is
 * {@code i + delta}, and a new run starts only where a filter dropped, inserted or moved text.
 * A run start and a delta per run take the place of one int per character (4 bytes a char, which
 * for a long document was most of the heap it needed); a lookup is a binary search over the runs.
 * Runs are always maximal, so two maps with the same entries are equal.
 */
public final class OffsetMap {

    private final int[] starts;
    private final int[] deltas;
    private final int runs;
    private final int length;

    private OffsetMap(int[] starts, int[] deltas, int runs, int length) {
        this.starts = starts;
        this.deltas = deltas;
        this.runs = runs;
        this.length = length;
    }

    /** The map of a text to itself: {@code length} entries, one run. */
    public static OffsetMap identity(int length) {
        return new Builder().addRun(0, length).build();
    }

    /** The map with these entries. */
    public static OffsetMap of(int[] entries) {
        Builder b = new Builder();
        for (int original : entries) b.add(original);
        return b.build();
    }

    /** Number of entries: the normalised text's length plus one for its end. */
    public int length() { return length; }

    /** Number of runs. */
    public int runs() { return runs; }

    /** The normalised index where run {@code k} starts. */
    public int runStart(int k) { return starts[k]; }

    /** The original index of run {@code k}'s first entry. */
    public int runOriginal(int k) { return starts[k] + deltas[k]; }

    /** The original index of entry {@code i}. */
    public int at(int i) {
        if (i < 0 || i >= length) throw new IndexOutOfBoundsException("offset " + i + " outside a map of " + length + " entries");
        return i + deltas[runOf(i)];
    }

    /** The map of the normalised span [from, to): its entries from..to, the end one included, re-based to 0. */
    public OffsetMap window(int from, int to) {
        if (from < 0 || to < from || to >= length)
            throw new IndexOutOfBoundsException("window [" + from + ", " + to + ") outside a map of " + length + " entries");
        return new Builder().append(this, from, to + 1).build();
    }

    private int runOf(int i) {
        int k = Arrays.binarySearch(starts, 0, runs, i);
        return k >= 0 ? k : -k - 2;
    }

    @Override public boolean equals(Object o) {
        return o instanceof OffsetMap m && m.length == length && m.runs == runs
                && Arrays.equals(m.starts, 0, runs, starts, 0, runs) && Arrays.equals(m.deltas, 0, runs, deltas, 0, runs);
    }

    @Override public int hashCode() { return 31 * length + runs; }

    @Override public String toString() { return "OffsetMap[" + length + " entries, " + runs + " runs]"; }

    /** Appends entries in order, joining each to the current run where it continues it. */
    public static final class Builder {
        private int[] starts = new int[16];
        private int[] deltas = new int[16];
        private int runs;
        private int length;

        /** The next entry. */
        public Builder add(int original) {
            return addRun(original, 1);
        }

        /** {@code count} next entries: original, original + 1, ... */
        public Builder addRun(int original, int count) {
            if (count <= 0) return this;
            int delta = original - length;
            if (runs == 0 || deltas[runs - 1] != delta) {
                if (runs == starts.length) {
                    starts = Arrays.copyOf(starts, runs * 2);
                    deltas = Arrays.copyOf(deltas, runs * 2);
                }
                starts[runs] = length;
                deltas[runs] = delta;
                runs++;
            }
            length += count;
            return this;
        }

        /** The entries [from, to) of {@code source}, run by run. */
        public Builder append(OffsetMap source, int from, int to) {
            if (from >= to) return this;
            if (from < 0 || to > source.length)
                throw new IndexOutOfBoundsException("entries [" + from + ", " + to + ") outside a map of " + source.length);
            int k = source.runOf(from);
            for (int i = from; i < to; k++) {
                int runEnd = k + 1 < source.runs ? source.starts[k + 1] : source.length;
                int end = Math.min(to, runEnd);
                addRun(i + source.deltas[k], end - i);
                i = end;
            }
            return this;
        }

        public int length() { return length; }

        public OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(starts, runs), Arrays.copyOf(deltas, runs), runs, length);
        }
    }
}
