package org.blocwatch.extract.argument;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.extract.text.Token;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.EntityKind;

import java.util.List;
import java.util.Set;

/**
 * Gives each mention its role in the clause ({@link Argument}). The governing preposition decides
 * (per-language lists {@code place-prepositions}, {@code target-prepositions},
 * {@code companion-prepositions}, {@code other-prepositions}; articles in between are skipped), and
 * it carries along a coordinated list: in "troops in Mali, Niger and Chad" all three are places.
 * Names that only modify a noun are attributes, a place opening the sentence before a dash (with
 * the date and agency a wire report puts there) is a dateline, and a city or state named right
 * before a gathering ("the Moscow summit", "Kazan's summit", {@code venue-nouns}) is its place, and so
 * is a name after a noun of place ("the capital Chisinau", {@code place-nouns}).
 */
public final class ArgumentAnnotator implements Annotator {

    @Override public Set<Layer> requires() { return Set.of(Layer.MENTIONS, Layer.COREFERENCE, Layer.TIMES); }

    @Override public Layer provides() { return Layer.ARGUMENTS; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        Words w = new Words(doc.language());
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens(s.index());
            List<Mention> mentions = doc.mentions(s.index());
            Argument carried = null;
            int lastEnd = -1;
            for (Mention m : mentions) {
                Argument role = own(doc, s.index(), tokens, m, w);
                if (role == Argument.ACTOR && carried != null && onlyCoordinationBetween(tokens, lastEnd, m.firstToken(), w)) role = carried;
                boolean governs = role == Argument.PLACE || role == Argument.TARGET || role == Argument.COMPANION || role == Argument.OBLIQUE;
                carried = governs ? role : null;
                lastEnd = m.endToken();
                doc.setArgument(s.index(), m, role);
            }
        }
    }

    private static Argument own(AnnotatedDocument doc, int sentence, List<Token> tokens, Mention m, Words w) {
        if (isDateline(doc, sentence, tokens, m)) return Argument.DATELINE;
        boolean venue = m.placeName() != null && !m.isOrganisation() && !m.isDemonym();
        if (compoundModifier(tokens, m)) return venue && venueAfter(tokens, m.endToken() + 1, w) ? Argument.PLACE : Argument.ATTRIBUTE;
        if (venue && venueAfter(tokens, m.endToken(), w)) return Argument.PLACE;
        String before = wordBefore(tokens, m, w);
        if (w.place.contains(before) || (w.placeNouns.contains(before) && m.placeName() != null)) return Argument.PLACE;
        if (w.target.contains(before)) return Argument.TARGET;
        if (w.companion.contains(before)) return Argument.COMPANION;
        if (w.other.contains(before)) return Argument.OBLIQUE;
        if (genitiveAttribute(tokens, m, w)) return Argument.ATTRIBUTE;
        return Argument.ACTOR;
    }

    /**
     * "ASTANA —", "Prague, 1 May 1999 (Agency) --", "Moskau (dpa) -": a city (or an all-capital
     * name; a state in ordinary case before a dash is a subject with an aside) opening the sentence, then optionally a comma, a date and a parenthesis, then a dash.
     */
    public static boolean isDateline(AnnotatedDocument doc, int sentence, List<Token> tokens, Mention m) {
        if (m.firstToken() != 0) return false;
        boolean city = m.via() == AliasKind.METONYM || m.kind() == EntityKind.PLACE || tokens.get(0).isAllCaps();
        if (!city) return false;
        int i = m.endToken();
        if (i < tokens.size() && tokens.get(i).norm().equals(",")) {
            i++;
            for (TimeExpression t : doc.times(sentence))
                if (i < tokens.size() && t.start() == tokens.get(i).start()) while (i < tokens.size() && tokens.get(i).start() < t.end()) i++;
        }
        if (i < tokens.size() && tokens.get(i).norm().equals("(")) {
            int close = i;
            while (close < tokens.size() && close - i < 8 && !tokens.get(close).norm().equals(")")) close++;
            if (close < tokens.size() && tokens.get(close).norm().equals(")")) i = close + 1;
        }
        return i < tokens.size() && isDash(tokens.get(i)) && !tokens.get(i).glued();
    }

    /** "-", "--", "—": normalisation maps every dash to "-", a wire report may double it. */
    private static boolean isDash(Token t) { return !t.norm().isEmpty() && t.norm().chars().allMatch(c -> c == '-'); }

    /** "Ukraine" in "Ukraine-Krieg": a name joined by a hyphen to the word after it. */
    public static boolean compoundModifier(List<Token> tokens, Mention m) {
        int next = m.endToken();
        return next + 1 < tokens.size() && tokens.get(next).isDash() && tokens.get(next + 1).glued() && tokens.get(next + 1).isWord();
    }

    /** A gathering noun at token i, or after a possessive ("Kazan's summit"). */
    private static boolean venueAfter(List<Token> tokens, int i, Words w) {
        if (i < tokens.size() && (tokens.get(i).norm().equals("'s") || tokens.get(i).norm().equals("'"))) i++;
        return i < tokens.size() && w.venue.contains(tokens.get(i).norm());
    }

    /** "die Gerichtsbarkeit der Ukraine": a state in the genitive after a capitalised noun, which it only qualifies. */
    private static boolean genitiveAttribute(List<Token> tokens, Mention m, Words w) {
        int i = m.firstToken() - 1;
        if (i < 1) return false;
        if (!w.genitiveArticles.contains(tokens.get(i).norm())) return false;
        Token before = tokens.get(i - 1);
        return before.isWord() && (before.isCapitalised() || before.isAllCaps());
    }

    private static String wordBefore(List<Token> tokens, Mention m, Words w) {
        int i = m.firstToken() - 1;
        while (i >= 0 && w.determiners.contains(tokens.get(i).norm())) i--;
        return i >= 0 ? tokens.get(i).norm() : "";
    }

    private static boolean onlyCoordinationBetween(List<Token> tokens, int from, int to, Words w) {
        for (int i = from; i < to; i++) {
            String n = tokens.get(i).norm();
            if (!(n.equals(",") || w.conjunctions.contains(n) || w.determiners.contains(n) || w.place.contains(n) || w.target.contains(n)
                    || w.companion.contains(n) || w.other.contains(n))) return false;
        }
        return true;
    }

    private record Words(WordList place, WordList target, WordList companion, WordList other, WordList venue,
                         WordList determiners, WordList conjunctions, WordList placeNouns, WordList genitiveArticles) {
        Words(String lang) {
            this(Vocabulary.of(lang, "place-prepositions"), Vocabulary.of(lang, "target-prepositions"),
                    Vocabulary.of(lang, "companion-prepositions"), Vocabulary.of(lang, "other-prepositions"),
                    Vocabulary.of(lang, "venue-nouns"), Vocabulary.of(lang, "articles"), Vocabulary.of(lang, "conjunctions"),
                    Vocabulary.of(lang, "place-nouns"), Vocabulary.of(lang, "genitive-articles"));
        }
    }
}
