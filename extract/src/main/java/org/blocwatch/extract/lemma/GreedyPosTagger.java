package org.blocwatch.extract.lemma;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenNLP's part-of-speech model, decoded greedily and fast. The model is a maximum-entropy
 * classifier: a tag's score is the sum of the weights of the token's features, and the features
 * of the UD models (generator.featuregen: the word, its prefixes, suffixes and class, the words
 * up to two to either side, sentence start, the two previous tags) each depend on one word, on
 * the position, or on the previous tags. So the weight sums of a word's own features, and of its
 * features as a neighbour at each offset, are computed once per word and cached; tagging a
 * token then adds a handful of cached vectors instead of building and hashing some forty feature
 * strings. The best-scoring tag is the one {@code POSTaggerME} with a beam of one would choose
 * (the exponentials and the normalisation it adds do not change which is best). Not thread-safe.
 */
final class GreedyPosTagger {
    private static final int WINDOW = 2;
    /** Words kept before the cache starts over: a bound on memory over long runs. */
    private static final int CACHE_LIMIT = 200_000;
    private static final String BEGIN = "S=begin";

    private final Map<String, Context> weights;
    private final String[] tags;
    private final AdaptiveFeatureGenerator generator;
    /** Per word: its own features' sums, then as the word 1, 2 before and 1, 2 after the tagged one. */
    private final Map<String, double[][]> byWord = new HashMap<>();
    /** "S=begin" as seen from the first, second and third token of the sentence. */
    private final double[][] begin = new double[WINDOW + 1][];
    private final double[][] previousTag;
    private final double[][][] previousTwoTags;

    @SuppressWarnings("unchecked")
    GreedyPosTagger(POSModel model) {
        AbstractModel maxent = model.getArtifact("pos.model");
        Object[] data = maxent.getDataStructures();
        weights = (Map<String, Context>) data[1];
        tags = (String[]) data[2];
        generator = model.getFactory().createFeatureGenerators();
        begin[0] = sum(List.of(BEGIN));
        for (int k = 1; k <= WINDOW; k++) begin[k] = sum(List.of("p" + k + BEGIN));
        previousTag = new double[tags.length][];
        previousTwoTags = new double[tags.length][tags.length][];
        for (int a = 0; a < tags.length; a++) {
            previousTag[a] = sum(List.of("t=" + tags[a]));
            for (int b = 0; b < tags.length; b++) previousTwoTags[a][b] = sum(List.of("t2=" + tags[a] + "," + tags[b]));
        }
    }

    /** The UD tag of each word. */
    String[] tag(String[] words) {
        int n = words.length;
        double[][][] vectors = new double[n][][];
        for (int i = 0; i < n; i++) vectors[i] = vectors(words[i]);
        int[] chosen = new int[n];
        String[] out = new String[n];
        double[] score = new double[tags.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(vectors[i][0], 0, score, 0, score.length);
            for (int k = 1; k <= WINDOW; k++) {
                if (i - k >= 0) add(score, vectors[i - k][k]);
                if (i + k < n) add(score, vectors[i + k][WINDOW + k]);
            }
            if (i <= WINDOW) add(score, begin[i]);
            if (i >= 1) add(score, previousTag[chosen[i - 1]]);
            if (i >= 2) add(score, previousTwoTags[chosen[i - 2]][chosen[i - 1]]);
            int best = 0;
            for (int t = 1; t < score.length; t++) if (score[t] > score[best]) best = t;
            chosen[i] = best;
            out[i] = tags[best];
        }
        return out;
    }

    private static void add(double[] into, double[] v) {
        for (int t = 0; t < into.length; t++) into[t] += v[t];
    }

    /** A word's weight sums: [0] as the tagged word, [k] as the word k before it, [WINDOW + k] as the word k after it. */
    private double[][] vectors(String word) {
        double[][] v = byWord.get(word);
        if (v != null) return v;
        List<String> own = new ArrayList<>();
        generator.createFeatures(own, new String[]{word}, 0, new String[1]);
        own.remove(BEGIN);
        List<String> asNeighbour = neighbourFeatures(word);
        v = new double[2 * WINDOW + 1][];
        v[0] = sum(own);
        for (int k = 1; k <= WINDOW; k++) {
            v[k] = sum(prefixed("p" + k, asNeighbour));
            v[WINDOW + k] = sum(prefixed("n" + k, asNeighbour));
        }
        if (byWord.size() >= CACHE_LIMIT) byWord.clear();
        byWord.put(word, v);
        return v;
    }

    /**
     * What the window generator says of a word seen from its neighbour, before the offset prefix:
     * the features of the two-word sentence [x, word] at x that come from the word, "n1" dropped.
     */
    private List<String> neighbourFeatures(String word) {
        List<String> all = new ArrayList<>();
        generator.createFeatures(all, new String[]{"x", word}, 0, new String[2]);
        List<String> out = new ArrayList<>();
        for (String f : all) if (f.startsWith("n1")) out.add(f.substring(2));
        return out;
    }

    private static List<String> prefixed(String prefix, List<String> features) {
        List<String> out = new ArrayList<>(features.size());
        for (String f : features) out.add(prefix + f);
        return out;
    }

    /** The summed weights of features, per tag; features the model never saw weigh nothing. */
    private double[] sum(List<String> features) {
        double[] out = new double[tags.length];
        for (String f : features) {
            Context c = weights.get(f);
            if (c == null) continue;
            int[] outcomes = c.getOutcomes();
            double[] params = c.getParameters();
            for (int j = 0; j < outcomes.length; j++) out[outcomes[j]] += params[j];
        }
        return out;
    }
}
