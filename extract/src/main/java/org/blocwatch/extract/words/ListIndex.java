package org.blocwatch.extract.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word list loaded so far, indexed by entry, so that the lists a word form is on are found
 * in one look-up rather than one per list: rules ask dozens of lists about every token. Lists are
 * numbered as they load; an index covers those loaded before it was built, and {@link #current()}
 * builds a new one once more have loaded (rules load theirs while reading the first documents).
 * An index never changes after it is built, so threads share it freely.
 */
final class ListIndex {
    /** Every list ever loaded, by number. Guarded by the class. */
    private static final List<WordList> LISTS = new ArrayList<>();
    private static ListIndex current = new ListIndex(List.of());

    /** Forms remembered before the memo starts over: a bound on memory over long runs. */
    private static final int MEMO_LIMIT = 100_000;

    private final int covered;
    private final long[] none;
    /** An entry of whole words: the lists that hold it. */
    private final Map<String, long[]> exact = new HashMap<>();
    /** The lists with stems or heads, tried one by one on a form not seen before. */
    private final List<WordList> affixed = new ArrayList<>();
    private final Map<String, long[]> forms = new ConcurrentHashMap<>();

    private ListIndex(List<WordList> lists) {
        covered = lists.size();
        int longs = (covered + 63) / 64;
        none = new long[longs];
        for (WordList list : lists) {
            for (String word : list.words()) exact.computeIfAbsent(word, w -> new long[longs])[list.number() >>> 6] |= bit(list.number());
            if (list.hasAffixes()) affixed.add(list);
        }
    }

    /** Numbers a new list. */
    static synchronized int register(WordList list) {
        LISTS.add(list);
        return LISTS.size() - 1;
    }

    /** The index of every list loaded until now. */
    static synchronized ListIndex current() {
        if (current.covered != LISTS.size()) current = new ListIndex(List.copyOf(LISTS));
        return current;
    }

    /** Lists numbered below this are in the index. */
    int covered() { return covered; }

    /** The lists the form is on, one bit per list number; the array is shared and must not be changed. */
    long[] listsOf(String form) {
        long[] known = forms.get(form);
        if (known != null) return known;
        long[] whole = exact.get(form);
        long[] bits = whole != null ? whole : none;
        for (WordList list : affixed) {
            if (!list.hasAffix(form)) continue;
            if (bits == whole || bits == none) bits = bits.clone();
            bits[list.number() >>> 6] |= bit(list.number());
        }
        if (forms.size() >= MEMO_LIMIT) forms.clear();
        forms.put(form, bits);
        return bits;
    }

    /** The union of two sets of lists, without copying when one holds the other. */
    static long[] union(long[] a, long[] b) {
        long[] out = null;
        for (int i = 0; i < a.length; i++) {
            long both = a[i] | b[i];
            if (both == a[i]) continue;
            if (out == null) out = a.clone();
            out[i] = both;
        }
        return out == null ? a : out;
    }

    static long bit(int number) { return 1L << (number & 63); }
}
