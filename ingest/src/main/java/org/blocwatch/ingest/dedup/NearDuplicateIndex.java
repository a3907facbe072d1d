package org.blocwatch.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the stored document a new one is a near-duplicate of without comparing it with every
 * document: signatures are cut into bands (locality-sensitive hashing), and only documents that
 * share a whole band with the new one are compared. With 32 bands of 4 values, pairs above 0.8
 * similarity almost always meet in some band and pairs below 0.3 almost never do.
 */
public final class NearDuplicateIndex {

    private static final int BANDS = 32;
    private static final int ROWS = MinHasher.SIGNATURE_LENGTH / BANDS;

    private final double threshold;
    private final Map<Long, List<String>> buckets = new HashMap<>();
    private final Map<String, int[]> signatures = new HashMap<>();

    /** @param threshold the estimated similarity from which a document counts as a near-duplicate */
    public NearDuplicateIndex(double threshold) {
        this.threshold = threshold;
    }

    public void add(String id, int[] signature) {
        signatures.put(id, signature);
        for (int band = 0; band < BANDS; band++) buckets.computeIfAbsent(key(signature, band), k -> new ArrayList<>()).add(id);
    }

    /** The most similar known document at or above the threshold. */
    public Optional<String> nearest(int[] signature) {
        Set<String> candidates = new LinkedHashSet<>();
        for (int band = 0; band < BANDS; band++) candidates.addAll(buckets.getOrDefault(key(signature, band), List.of()));
        String best = null;
        double bestSimilarity = threshold;
        for (String id : candidates) {
            double s = MinHasher.similarity(signature, signatures.get(id));
            if (s >= bestSimilarity && (best == null || s > bestSimilarity || id.compareTo(best) < 0)) {
                best = id;
                bestSimilarity = s;
            }
        }
        return Optional.ofNullable(best);
    }

    private static long key(int[] signature, int band) {
        long h = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) h = h * 1_000_003L + signature[r];
        return h;
    }
}
