package org.blocwatch.extract.time;

import java.util.Map;

/** Small cardinal numbers written as words, in German, English and Russian. */
public final class NumberWords {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("ein", 1), Map.entry("einem", 1), Map.entry("einen", 1), Map.entry("eins", 1), Map.entry("one", 1), Map.entry("a", 1), Map.entry("один", 1),
            Map.entry("zwei", 2), Map.entry("two", 2), Map.entry("два", 2), Map.entry("две", 2),
            Map.entry("drei", 3), Map.entry("three", 3), Map.entry("три", 3),
            Map.entry("vier", 4), Map.entry("four", 4), Map.entry("четыре", 4),
            Map.entry("fünf", 5), Map.entry("five", 5), Map.entry("пять", 5),
            Map.entry("sechs", 6), Map.entry("six", 6), Map.entry("шесть", 6),
            Map.entry("sieben", 7), Map.entry("seven", 7), Map.entry("семь", 7),
            Map.entry("acht", 8), Map.entry("eight", 8), Map.entry("восемь", 8),
            Map.entry("neun", 9), Map.entry("nine", 9), Map.entry("девять", 9),
            Map.entry("zehn", 10), Map.entry("ten", 10), Map.entry("десять", 10),
            Map.entry("elf", 11), Map.entry("eleven", 11), Map.entry("одиннадцать", 11),
            Map.entry("zwölf", 12), Map.entry("twelve", 12), Map.entry("двенадцать", 12));

    /** Regex alternation of the number words, for building patterns. */
    public static final String PATTERN = "\\d{1,2}|" + String.join("|", WORDS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList());

    private NumberWords() {}

    /** The number a word or digit string stands for, or -1. */
    public static int parse(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)) return Integer.parseInt(w);
        return WORDS.getOrDefault(w, -1);
    }
}
