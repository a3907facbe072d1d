package org.blocwatch.extract.text;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.words.Vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds sentences. A blank line ends a sentence (headlines, list items and captions carry no full
 * stop) unless the sentence visibly runs on across it; within a paragraph the OpenNLP UD sentence model decides for German and
 * English, and {@link RuleSentenceSplitter} for Russian. Not thread-safe: one per thread.
 */
public final class SentenceSplitter implements Annotator {
    private static final Pattern ORDINAL_END = Pattern.compile("(?<![\\d.])\\d{1,2}\\.$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");
    private final Map<String, SentenceDetectorME> detectors = new HashMap<>();
    private final RuleSentenceSplitter rules = new RuleSentenceSplitter(Vocabulary.surface("ru", "abbreviations"));

    @Override public Set<Layer> requires() { return Set.of(); }

    @Override public Layer provides() { return Layer.SENTENCES; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        String text = doc.text();
        List<Sentence> out = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            if (pageBreakInsideSentence(text, m.start(), m.end())) continue;
            split(doc.language(), text, start, m.start(), out);
            start = m.end();
        }
        split(doc.language(), text, start, text.length(), out);
        doc.setSentences(out);
    }

    private void split(String lang, String text, int from, int to, List<Sentence> out) {
        if (text.substring(from, to).isBlank()) return;
        SentenceDetectorME detector = detector(lang);
        if (detector == null) {
            for (int[] s : rules.split(text, from, to)) add(text, s[0], s[1], out);
            return;
        }
        Span[] spans = detector.sentPosDetect(text.substring(from, to));
        int start = -1;
        for (int i = 0; i < spans.length; i++) {
            if (start < 0) start = from + spans[i].getStart();
            int end = from + spans[i].getEnd();
            if (i + 1 < spans.length && continues(text, end, from + spans[i + 1].getStart())) continue;
            add(text, start, end, out);
            start = -1;
        }
    }

    /**
     * The UD models were trained on text with few ordinal dates: they end a sentence after "am 9."
     * in "am 9. Mai". A sentence that ends in a one- or two-digit ordinal, or is followed by one
     * starting in lower case, is joined to the next.
     */
    private static boolean continues(String text, int end, int nextStart) {
        if (nextStart < text.length() && Character.isLowerCase(text.charAt(nextStart))) return true;
        return ORDINAL_END.matcher(text.substring(Math.max(0, end - 4), end)).find();
    }

    /**
     * A blank line inside a sentence, as PDF page breaks and removed footnotes leave them ("im
     * Jahre\n\n2021 um 50%"): no final punctuation before it, and a lower-case letter or digit after.
     */
    private static boolean pageBreakInsideSentence(String text, int breakStart, int next) {
        if (breakStart == 0 || next >= text.length()) return false;
        char before = text.charAt(breakStart - 1), after = text.charAt(next);
        boolean open = Character.isLetterOrDigit(before) || before == ',' || before == '-';
        return open && (Character.isLowerCase(after) || Character.isDigit(after));
    }

    private SentenceDetectorME detector(String lang) {
        if (detectors.containsKey(lang)) return detectors.get(lang);
        SentenceDetectorME d = Models.sentences(lang).map(SentenceDetectorME::new).orElse(null);
        detectors.put(lang, d);
        return d;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Sentence(out.size(), start, end));
    }
}
