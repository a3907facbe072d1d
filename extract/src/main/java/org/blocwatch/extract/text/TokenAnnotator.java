package org.blocwatch.extract.text;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds tokens to each sentence: the OpenNLP UD token model for German and English, OpenNLP's
 * character-class tokenizer for Russian. Tokens are then cut at hyphens, dashes and slashes
 * inside words ("OVKS-Mitgliedsstaaten" -> "OVKS" "-" "Mitgliedsstaaten"), so the lexicon sees
 * the name inside a compound and rules see the compound's head. A run of letters or digits between
 * spaces is a token without asking the model, which decides only where punctuation is involved
 * (the alphanumeric optimisation the UD models do not switch on). A word that a PDF broke at a
 * line end and normalisation left apart ("Prä- sidenten") becomes one token. The model's answer
 * depends on the chunk between spaces alone, and chunks recur ("2020.", "Mitglied,", "(OVKS)"),
 * so it is cached per chunk. Not thread-safe: one per thread.
 */
public final class TokenAnnotator implements Annotator {
    /** Chunks kept per language before the cache starts over: a bound on memory over long runs. */
    private static final int CACHE_LIMIT = 100_000;
    private final Map<String, Tokenizer> tokenizers = new HashMap<>();
    private final Map<String, Map<String, Span[]>> chunks = new HashMap<>();

    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES); }

    @Override public Layer provides() { return Layer.TOKENS; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        Tokenizer tokenizer = tokenizers.computeIfAbsent(doc.language(),
                lang -> Models.tokens(lang).<Tokenizer>map(TokenizerME::new).orElse(SimpleTokenizer.INSTANCE));
        Map<String, Span[]> known = chunks.computeIfAbsent(doc.language(), lang -> new HashMap<>());
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            List<Token> out = new ArrayList<>();
            int i = s.start();
            while (i < s.end()) {
                while (i < s.end() && Character.isWhitespace(text.charAt(i))) i++;
                int j = i;
                boolean plain = true;
                while (j < s.end() && !Character.isWhitespace(text.charAt(j))) {
                    plain &= Character.isLetterOrDigit(text.charAt(j));
                    j++;
                }
                if (j == i) break;
                int rest = brokenWordRest(text, i, j, s.end());
                if (rest > 0) {
                    out.add(Token.rejoined(text, i, rest, !out.isEmpty() && out.get(out.size() - 1).end() == i));
                    i = rest;
                    continue;
                }
                if (plain) out.add(token(text, i, j, out));
                else for (Span span : spans(tokenizer, known, text.substring(i, j))) cut(text, i + span.getStart(), i + span.getEnd(), out);
                i = j;
            }
            doc.setTokens(s.index(), out);
        }
    }

    private static Span[] spans(Tokenizer tokenizer, Map<String, Span[]> known, String chunk) {
        Span[] spans = known.get(chunk);
        if (spans != null) return spans;
        spans = tokenizer.tokenizePos(chunk);
        if (known.size() >= CACHE_LIMIT) known.clear();
        known.put(chunk, spans);
        return spans;
    }

    /**
     * "Prä- sidenten": a chunk of letters ending in a hyphen, then a lower-case word that is not a
     * conjunction ("Ein- und Ausfuhr" stays apart). Returns the end of the rest, or -1.
     */
    private static int brokenWordRest(String text, int start, int hyphen, int limit) {
        if (hyphen - start < 3 || text.charAt(hyphen - 1) != '-' || !Character.isLetter(text.charAt(hyphen - 2))) return -1;
        for (int k = start; k < hyphen - 1; k++) if (!Character.isLetter(text.charAt(k))) return -1;
        int next = hyphen;
        while (next < limit && text.charAt(next) == ' ') next++;
        if (next == hyphen || next >= limit || !Character.isLowerCase(text.charAt(next))) return -1;
        int end = next;
        while (end < limit && Character.isLetter(text.charAt(end))) end++;
        String word = text.substring(next, end);
        return CONJUNCTIONS.contains(word) ? -1 : end;
    }

    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("und", "oder", "bis", "sowie", "bzw", "noch", "and", "or", "to", "и", "или");

    /**
     * Splits one token at inner hyphens, dashes and slashes, keeping each separator as a token, and
     * cuts off an English possessive ("Russia's" -> "Russia" "'s") and opening or closing quotes, which
     * the UD models leave on the word.
     */
    static void cut(String text, int start, int end, List<Token> out) {
        if (end - start > 1 && isQuote(text.charAt(start))) {
            out.add(token(text, start, start + 1, out));
            cut(text, start + 1, end, out);
            return;
        }
        if (end - start > 1 && isQuote(text.charAt(end - 1))) {
            cut(text, start, end - 1, out);
            out.add(token(text, end - 1, end, out));
            return;
        }
        if (end - start > 2 && text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
            cut(text, start, end - 2, out);
            out.add(token(text, end - 2, end, out));
            return;
        }
        int from = start;
        for (int i = start; i < end; i++) {
            if (isSeparator(text.charAt(i)) && end - start > 1) {
                if (i > from) out.add(token(text, from, i, out));
                out.add(token(text, i, i + 1, out));
                from = i + 1;
            }
        }
        if (end > from) out.add(token(text, from, end, out));
    }

    private static Token token(String text, int start, int end, List<Token> before) {
        boolean glued = !before.isEmpty() && before.get(before.size() - 1).end() == start;
        return Token.of(text, start, end, glued);
    }

    /** German and typographic quotes, which the UD German model leaves on the word ("„Rubesch"). */
    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201E' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201A' || c == '\u2018';
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '/' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }
}
