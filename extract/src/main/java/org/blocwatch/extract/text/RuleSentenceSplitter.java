package org.blocwatch.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence boundaries by rule, for languages without a published OpenNLP model (Russian): a
 * full stop, question or exclamation mark followed by space and an upper-case letter, digit or
 * opening quote ends a sentence unless the word before it is an abbreviation or an initial.
 */
final class RuleSentenceSplitter {
    private static final Pattern END = Pattern.compile("[.!?…]+[\"»”’)]*\\s+(?=[\\p{Lu}\\d„«\"“])");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\.*$");
    private final Set<String> abbreviations;

    RuleSentenceSplitter(Set<String> abbreviations) { this.abbreviations = abbreviations; }

    /** Sentence spans [start, end) of text[from, to), trimmed. */
    List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = END.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            int dot = m.start();
            Matcher w = LAST_WORD.matcher(text.substring(Math.max(start, dot - 30), dot + 1));
            if (w.find()) {
                String word = w.group(1);
                if (word.length() == 1 || abbreviations.contains(word.toLowerCase())) continue;
            }
            int end = m.end();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            out.add(new int[]{start, end});
            start = m.end();
        }
        if (start < to) out.add(new int[]{start, to});
        return out;
    }
}
