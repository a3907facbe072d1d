package org.blocwatch.ingest.dedup;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * MinHash signatures of a text's word shingles (runs of five words). Two texts' signatures
 * agree in about the same share of positions as their shingle sets overlap (Jaccard
 * similarity), so a reprint with a changed sentence or two still agrees in most positions
 * while different stories agree in almost none.
 */
public final class MinHasher {

    public static final int SIGNATURE_LENGTH = 128;
    private static final int SHINGLE_WORDS = 5;
    private static final long PRIME = (1L << 61) - 1;

    private final long[] a = new long[SIGNATURE_LENGTH];
    private final long[] b = new long[SIGNATURE_LENGTH];

    public MinHasher() {
        // a fixed seed: signatures are stored, so they must come out the same in every run
        SplittableRandom random = new SplittableRandom(0x5EED_B10CL);
        for (int i = 0; i < SIGNATURE_LENGTH; i++) {
            a[i] = 1 + random.nextLong(PRIME - 1);
            b[i] = random.nextLong(PRIME);
        }
    }

    public int[] signature(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+");
        long[] min = new long[SIGNATURE_LENGTH];
        Arrays.fill(min, Long.MAX_VALUE);
        int n = 0;
        String[] clean = new String[words.length];
        for (String w : words) if (!w.isEmpty()) clean[n++] = w;
        int shingles = Math.max(1, n - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles && n > 0; s++) {
            long h = 1125899906842597L;
            for (int w = s; w < Math.min(n, s + SHINGLE_WORDS); w++) h = 31 * h + clean[w].hashCode();
            h = mix(h) & PRIME;
            for (int i = 0; i < SIGNATURE_LENGTH; i++) {
                long v = Math.floorMod(a[i] * h + b[i], PRIME);
                if (v < min[i]) min[i] = v;
            }
        }
        int[] signature = new int[SIGNATURE_LENGTH];
        for (int i = 0; i < SIGNATURE_LENGTH; i++) signature[i] = (int) (min[i] ^ (min[i] >>> 32));
        return signature;
    }

    /** The estimated Jaccard similarity of the texts behind two signatures. */
    public static double similarity(int[] x, int[] y) {
        int same = 0;
        for (int i = 0; i < Math.min(x.length, y.length); i++) if (x[i] == y[i]) same++;
        return (double) same / Math.max(x.length, y.length);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
