package org.blocwatch.extract.text;

import org.blocwatch.extract.words.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence boundaries by rule, for languages without a published OpenNLP model (Russian): a
 * full stop, question or exclamation mark (and any closing quotes) followed by space and an
 * upper-case letter, digit, opening quote or the dash of direct speech ends a sentence, unless the
 * word before it is an abbreviation ("г.", "т.е.", from the word list "abbreviations") or an
 * initial ("В. В. Путин").
 */
final class RuleSentenceSplitter {
    private static final Pattern END = Pattern.compile("[.!?…]+[\"»”’)]*\\s+(?=[\\p{Lu}\\d„«\"“—–])");
    /** The word before the full stop, with inner full stops of an abbreviation ("т.е"). */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+(?:\\.\\p{L}+)*)\\.*$");
    private final WordList abbreviations;

    RuleSentenceSplitter(WordList abbreviations) { this.abbreviations = abbreviations; }

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
                String lower = word.toLowerCase(Locale.ROOT);
                String last = lower.substring(lower.lastIndexOf('.') + 1);
                if (word.length() == 1 || abbreviations.contains(lower) || (lower.contains(".") && abbreviations.contains(last))) continue;
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
