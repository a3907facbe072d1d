package org.blocwatch.store;

/**
 * A compact text form of a normalised text's offset map. Normalisation mostly copies runs of
 * characters, so the map is a few runs where each next entry is one more than the last; only
 * the start of each run is written, as "textIndex:originalIndex" pairs separated by commas,
 * followed by ";length". A 40,000-character document typically needs a few kilobytes.
 */
public final class OffsetMapCodec {
    private OffsetMapCodec() {}

    public static String encode(int[] map) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < map.length; i++) {
            if (i == 0 || map[i] != map[i - 1] + 1) {
                if (out.length() > 0) out.append(',');
                out.append(i).append(':').append(map[i]);
            }
        }
        return out.append(';').append(map.length).toString();
    }

    public static int[] decode(String encoded) {
        int semi = encoded.lastIndexOf(';');
        if (semi < 0) throw new StoreException("malformed offset map: no length");
        int[] map = new int[Integer.parseInt(encoded.substring(semi + 1))];
        String runs = encoded.substring(0, semi);
        if (runs.isEmpty()) return map;
        String[] pairs = runs.split(",");
        for (int p = 0; p < pairs.length; p++) {
            int colon = pairs[p].indexOf(':');
            int start = Integer.parseInt(pairs[p].substring(0, colon));
            int original = Integer.parseInt(pairs[p].substring(colon + 1));
            int end = p + 1 < pairs.length ? Integer.parseInt(pairs[p + 1].substring(0, pairs[p + 1].indexOf(':'))) : map.length;
            for (int i = start; i < end; i++) map[i] = original + (i - start);
        }
        return map;
    }
}
