package org.blocwatch.store;

import org.blocwatch.model.OffsetMap;

/**
 * The text form of a normalised text's offset map in the documents table: the map's runs, each
 * as "textIndex:originalIndex" of its first entry, separated by commas, followed by ";length"
 * (entries). A 40,000-character document typically needs a few kilobytes. Every KB ever written
 * holds this form, so decoding accepts any row the codec wrote before maps were kept as runs.
 */
public final class OffsetMapCodec {
    private OffsetMapCodec() {}

    public static String encode(OffsetMap map) {
        StringBuilder out = new StringBuilder(map.runs() * 12);
        for (int k = 0; k < map.runs(); k++) {
            if (k > 0) out.append(',');
            out.append(map.runStart(k)).append(':').append(map.runOriginal(k));
        }
        return out.append(';').append(map.length()).toString();
    }

    public static OffsetMap decode(String encoded) {
        int semi = encoded.lastIndexOf(';');
        if (semi < 0) throw new StoreException("malformed offset map: no length");
        int length = parse(encoded, semi + 1, encoded.length());
        OffsetMap.Builder map = new OffsetMap.Builder();
        if (semi == 0) {
            // an empty map: every entry 0, as the first encoding read it back
            for (int i = 0; i < length; i++) map.add(0);
            return map.build();
        }
        int pos = 0, start = -1, original = 0;
        while (pos <= semi) {
            int colon = encoded.indexOf(':', pos);
            int end = encoded.indexOf(',', pos);
            if (end < 0 || end > semi) end = semi;
            if (colon < 0 || colon > end) throw new StoreException("malformed offset map: run without ':' at " + pos);
            int nextStart = parse(encoded, pos, colon);
            if (start >= 0) map.addRun(original, nextStart - start);
            if (nextStart != map.length()) throw new StoreException("malformed offset map: run at " + nextStart + " after " + map.length() + " entries");
            start = nextStart;
            original = parse(encoded, colon + 1, end);
            pos = end + 1;
        }
        map.addRun(original, length - start);
        if (map.length() != length) throw new StoreException("malformed offset map: " + map.length() + " entries, " + length + " announced");
        return map.build();
    }

    private static int parse(String s, int from, int to) {
        try {
            return Integer.parseInt(s, from, to, 10);
        } catch (NumberFormatException e) {
            throw new StoreException("malformed offset map: '" + s.substring(from, Math.min(to, from + 20)) + "' is not a number");
        }
    }
}
