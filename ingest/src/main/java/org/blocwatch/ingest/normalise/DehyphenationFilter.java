package org.blocwatch.ingest.normalise;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins words that layout broke at a line end with a hyphen ("Sowjet-\nunion" becomes
 * "Sowjetunion") and keeps the hyphen where it belongs to the word ("OVKS-\nMitgliedsstaaten",
 * "Covid-\n19") or stands for a left-out word part ("Militär-\nund Wirtschaftsbündnis").
 * The document itself is asked first: if the joined or the hyphenated form occurs elsewhere in
 * it, that form wins. Otherwise general rules decide: a hyphen after an abbreviation or a digit,
 * or before a capital, stays; between lower-case parts it goes; in text set in capitals, where
 * case says nothing, it goes.
 */
public final class DehyphenationFilter implements TextFilter {

    private static final Pattern BREAK = Pattern.compile("([\\p{L}\\d][\\p{L}\\d-]*)-\\n([\\p{L}\\d][\\p{L}\\d-]*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");
    private static final Set<String> CONJUNCTIONS = Set.of("und", "oder", "bzw", "sowie", "bis", "als", "noch",
            "wie", "and", "or", "to", "и", "или");

    @Override
    public Draft apply(Draft draft) {
        String text = draft.text();
        // most texts have no broken word: the pattern, tried at every letter, costs more than a look
        if (!text.contains("-\n")) return draft;
        Matcher m = BREAK.matcher(text);
        if (!findBreak(m, text, 0)) return draft;
        Set<String> vocabulary = vocabulary(text);
        DraftEditor editor = new DraftEditor(draft);
        int copied = 0;
        do {
            String before = m.group(1), after = m.group(2);
            int hyphen = m.end(1);
            editor.keep(copied, hyphen);
            switch (decide(before, after, vocabulary)) {
                case JOIN -> { }
                case KEEP_HYPHEN -> editor.keep(hyphen, hyphen + 1);
                case SUSPENDED -> editor.keep(hyphen, hyphen + 1).insert(" ", hyphen + 1);
            }
            copied = hyphen + 2;
        } while (findBreak(m, text, copied));
        editor.keep(copied, text.length());
        return editor.build();
    }

    /**
     * The next broken word from {@code from} on: the pattern is tried only on the words around
     * each hyphen at a line end, not at every letter of the text in between.
     */
    private static boolean findBreak(Matcher m, String text, int from) {
        for (int at = text.indexOf("-\n", from); at >= 0; at = text.indexOf("-\n", at + 1)) {
            int start = at, end = at + 2;
            while (start > from && mayBeInWord(text.charAt(start - 1))) start--;
            while (end < text.length() && mayBeInWord(text.charAt(end))) end++;
            m.region(start, end);
            if (m.find()) return true;
        }
        return false;
    }

    /** A character the pattern's words may hold (surrogates too: half of a letter beyond the first plane). */
    private static boolean mayBeInWord(char c) {
        return c == '-' || Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    enum Decision { JOIN, KEEP_HYPHEN, SUSPENDED }

    static Decision decide(String before, String rawAfter, Set<String> vocabulary) {
        String after = rawAfter.replaceAll("-+$", "");
        if (CONJUNCTIONS.contains(after.toLowerCase(Locale.ROOT))) return Decision.SUSPENDED;
        String joined = (before + after).toLowerCase(Locale.ROOT);
        String hyphenated = (before + "-" + after).toLowerCase(Locale.ROOT);
        if (vocabulary.contains(joined)) return Decision.JOIN;
        if (vocabulary.contains(hyphenated)) return Decision.KEEP_HYPHEN;
        String part = before.substring(before.lastIndexOf('-') + 1);
        String next = after.contains("-") ? after.substring(0, after.indexOf('-')) : after;
        if (part.isEmpty() || Character.isDigit(part.charAt(part.length() - 1)) || Character.isDigit(after.charAt(0)))
            return Decision.KEEP_HYPHEN;
        if (isCapitals(part) && isCapitals(next)) return part.length() == 1 ? Decision.KEEP_HYPHEN : Decision.JOIN;
        if (isCapitals(part) && part.length() >= 2) return Decision.KEEP_HYPHEN;
        if (Character.isUpperCase(after.charAt(0))) return Decision.KEEP_HYPHEN;
        return Decision.JOIN;
    }

    private static boolean isCapitals(String s) {
        return s.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /** Every word of the text that is not itself broken at a line end, lower-cased. */
    private static Set<String> vocabulary(String text) {
        Set<String> words = new HashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            boolean broken = (w.end() < text.length() - 1 && text.charAt(w.end()) == '-' && text.charAt(w.end() + 1) == '\n')
                    || (w.start() >= 2 && text.charAt(w.start() - 1) == '\n' && text.charAt(w.start() - 2) == '-');
            if (!broken) words.add(w.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
