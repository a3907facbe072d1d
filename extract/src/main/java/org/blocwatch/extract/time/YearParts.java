package org.blocwatch.extract.time;

import java.util.Map;

/**
 * Halves and quarters of a year in German, English and Russian ("im ersten Halbjahr", "in the
 * third quarter", "в первом полугодии"): which one, and the months it spans.
 */
final class YearParts {
    /** Regex alternation of the ordinals one to four, any case or inflection, and digits with a point ("2."). */
    static final String ORDINAL = "(ersten|zweiten|dritten|vierten|first|second|third|fourth|[1-4]\\.|[1-4](?:st|nd|rd|th)"
            + "|перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв[её]рт\\p{L}*)";
    /** Regex alternation of the words for a half and a quarter of a year. */
    static final String PART = "(halbjahr(?:es|s)?|quartal(?:s|es)?|half|quarter|полугоди\\p{L}*|квартал\\p{L}*)";

    private static final Map<String, Integer> ORDINALS = Map.of("erst", 1, "zweit", 2, "dritt", 3, "viert", 4, "first", 1,
            "second", 2, "third", 3, "fourth", 4);

    private YearParts() {}

    /** 1 to 4 for an ordinal {@link #ORDINAL} matched, or -1. */
    static int ordinal(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) return w.charAt(0) - '0';
        if (w.startsWith("перв")) return 1;
        if (w.startsWith("втор")) return 2;
        if (w.startsWith("трет")) return 3;
        if (w.startsWith("четв")) return 4;
        for (Map.Entry<String, Integer> e : ORDINALS.entrySet()) if (w.startsWith(e.getKey())) return e.getValue();
        return -1;
    }

    /** The first and last month of the n-th half or quarter {@link #PART} names, or null if there is no such part. */
    static int[] months(int n, String part) {
        String p = part.toLowerCase(java.util.Locale.ROOT);
        boolean half = p.startsWith("halb") || p.startsWith("half") || p.startsWith("полугод");
        int length = half ? 6 : 3;
        if (n < 1 || n * length > 12) return null;
        return new int[]{(n - 1) * length + 1, n * length};
    }
}
