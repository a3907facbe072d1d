package org.blocwatch.extract.lemma;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.text.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Russian: every reading a word has in the morfologik Russian dictionary LanguageTool ships (AOT's
 * morphology, about five million forms), one chosen by a few rules of context, and its tag mapped
 * to a universal part of speech. A dictionary look-up is cheap, and cached per word besides.
 * Words the dictionary does not know (most foreign names) keep their lower-case form as lemma and
 * are proper nouns when capitalised. Not thread-safe; the dictionary itself is shared.
 */
final class RussianMorphology implements Lemmatizer {
    private static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";
    private static final int CACHE_LIMIT = 200_000;
    private static final Set<String> COORDINATING = Set.of("и", "или", "а", "но", "либо", "да", "однако");
    private static volatile Dictionary shared;

    private final DictionaryLookup lookup;
    private final Map<String, Reading[]> cache = new HashMap<>();

    /** One dictionary reading: the lemma, the part of speech, and the dictionary's full tag ("NN:Fam:Masc:Sin:R"). */
    record Reading(String lemma, Pos pos, String tag) {
        boolean isName() { return tag.startsWith("NN:Name") || tag.startsWith("NN:Fam") || tag.startsWith("NN:Patr"); }

        boolean nominative() { return tag.contains(":Nom"); }

        boolean colloquial() { return tag.contains("Talk"); }
    }

    RussianMorphology() { lookup = new DictionaryLookup(dictionary()); }

    private static Dictionary dictionary() {
        Dictionary d = shared;
        if (d != null) return d;
        synchronized (RussianMorphology.class) {
            if (shared == null) shared = read();
            return shared;
        }
    }

    private static Dictionary read() {
        URL dict = RussianMorphology.class.getResource(DICTIONARY);
        URL info = RussianMorphology.class.getResource(DICTIONARY.replace(".dict", ".info"));
        if (dict == null || info == null) throw new IllegalStateException("Russian dictionary missing from the class path: " + DICTIONARY);
        try (InputStream d = dict.openStream(); InputStream i = info.openStream()) {
            return Dictionary.read(d, i);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Russian dictionary " + DICTIONARY, e);
        }
    }

    @Override
    public List<Token> tag(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        Pos previous = Pos.X;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token tagged = tag(t, previous, i == 0);
            out.add(tagged);
            previous = tagged.pos();
        }
        return out;
    }

    private Token tag(Token t, Pos previous, boolean first) {
        if (!t.isWord()) return t.withLemma(t.lower(), Character.isDigit(t.text().charAt(0)) ? Pos.NUM : t.isDash() || !Character.isLetterOrDigit(t.text().charAt(0)) ? Pos.PUNCT : Pos.X);
        Reading[] readings = readings(t.norm());
        if (readings.length == 0) return t.withLemma(t.lower(), t.isCapitalised() ? Pos.PROPN : Pos.X);
        Reading r = choose(readings, t, previous, first);
        return t.withLemma(r.lemma(), r.pos());
    }

    /** Every reading of a word in normal form, cached. */
    Reading[] readings(String word) {
        Reading[] known = cache.get(word);
        if (known != null) return known;
        List<WordData> found = lookup.lookup(word);
        Reading[] out = new Reading[found.size()];
        for (int i = 0; i < out.length; i++) {
            WordData w = found.get(i);
            String lemma = w.getStem().toString(), tag = w.getTag() == null ? "" : w.getTag().toString();
            out[i] = new Reading(lemma.replace('ё', 'е'), pos(tag, lemma), tag);
        }
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(word, out);
        return out;
    }

    /**
     * The likeliest reading: after a preposition a noun, adjective or pronoun in an oblique case;
     * after a particle ("не стали") a verb; a short word as the function word it usually is ("и", "с", "о"); a capitalised word inside the
     * sentence as a name; colloquial readings last. Ties go to the dictionary's order.
     */
    private static Reading choose(Reading[] readings, Token t, Pos previous, boolean first) {
        Reading best = readings[0];
        int bestScore = Integer.MIN_VALUE;
        for (Reading r : readings) {
            int score = 0;
            if (previous == Pos.ADP && !r.nominative() && (r.pos().isNominal() || r.pos() == Pos.ADJ || r.pos() == Pos.PRON || r.pos() == Pos.NUM)) score += 2;
            if (previous == Pos.PART && r.pos().isVerbal()) score += 2;
            if (t.text().length() <= 3 && (r.pos() == Pos.ADP || r.pos() == Pos.CCONJ || r.pos() == Pos.SCONJ || r.pos() == Pos.PART)) score += 2;
            if (r.isName()) score += t.isCapitalised() && !first ? 1 : t.isCapitalised() ? 0 : -2;
            if (r.colloquial()) score -= 1;
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    /** The universal part of speech of a dictionary tag. */
    static Pos pos(String tag, String lemma) {
        int colon = tag.indexOf(':');
        String head = colon < 0 ? tag : tag.substring(0, colon);
        return switch (head) {
            case "NN" -> tag.startsWith("NN:Name") || tag.startsWith("NN:Fam") || tag.startsWith("NN:Patr") ? Pos.PROPN : Pos.NOUN;
            case "ABR" -> Pos.NOUN;
            case "ADJ", "Ord" -> Pos.ADJ;
            case "VB" -> lemma.equals("быть") ? Pos.AUX : Pos.VERB;
            case "PT", "PT_Short", "DPT" -> Pos.VERB;
            case "ADV", "PARENTHESIS", "PRDC" -> Pos.ADV;
            case "CONJ" -> COORDINATING.contains(lemma) ? Pos.CCONJ : Pos.SCONJ;
            case "PREP" -> Pos.ADP;
            case "PARTICLE" -> Pos.PART;
            case "PNN" -> Pos.PRON;
            case "Num", "NumC" -> Pos.NUM;
            case "INTERJECTION" -> Pos.INTJ;
            default -> Pos.X;
        };
    }
}
