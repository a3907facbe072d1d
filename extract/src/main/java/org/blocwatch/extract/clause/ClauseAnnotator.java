package org.blocwatch.extract.clause;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.extract.text.Token;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts each sentence into clauses and reads what each asserts: polarity (a negation), modality
 * (a modal, an intention, a hedge, a condition, a question) and tense. A clause ends at a semicolon and before a word that opens a new clause after a comma ("aber",
 * "that", "что") or anywhere ("although"); a relative clause (", which", ", der", ", который") ends
 * at the next comma that does not stand in a list of names. A comma alone does not end a clause, since enumerations of states are full of commas.
 * The words are the per-language lists {@code negation}, {@code modal}, {@code hedges}, {@code past},
 * {@code future}, {@code conditional} and {@code clause-breaks}.
 */
public final class ClauseAnnotator implements Annotator {

    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS); }

    @Override public Layer provides() { return Layer.CLAUSES; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        Words w = new Words(doc.language());
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens(s.index());
            boolean question = !tokens.isEmpty() && tokens.get(tokens.size() - 1).norm().equals("?");
            int first = 0, group = 0, resume = 0, groups = 0;
            boolean relative = false;
            for (int i = 0; i <= tokens.size(); i++) {
                boolean closesRelative = relative && i < tokens.size() && tokens.get(i).norm().equals(",") && !namesGoOn(tokens, i);
                boolean end = i == tokens.size() || closesRelative || (i > first && breaksBefore(tokens, i, w));
                if (!end) continue;
                if (i > first) doc.addClause(s.index(), read(tokens, first, i, group, w, question));
                if (i == tokens.size()) break;
                relative = !closesRelative && opensRelative(tokens, i, w);
                // a relative clause is a group of its own; the clause it interrupted goes on after it
                if (relative) { resume = group; group = ++groups; }
                else if (closesRelative) group = resume;
                else group = ++groups;
                first = closesRelative || isPunctuationBreak(tokens.get(i)) ? i + 1 : i;
            }
        }
    }

    private static boolean breaksBefore(List<Token> tokens, int i, Words w) {
        Token t = tokens.get(i);
        if (isPunctuationBreak(t) || opensRelative(tokens, i, w)) return true;
        return (w.breaks.contains(t.norm()) && tokens.get(i - 1).norm().equals(",")) || w.openers.contains(t.norm());
    }

    /**
     * A comma between two capitalised words inside a relative clause: a list of names going on ("der Russland,
     * Belarus und Armenien angehören", "which includes Russia, Belarus and Armenia"), not the clause's end,
     * which in German follows its final verb.
     */
    private static boolean namesGoOn(List<Token> tokens, int comma) {
        return comma > 0 && comma + 1 < tokens.size() && isName(tokens.get(comma - 1)) && isName(tokens.get(comma + 1));
    }

    private static boolean isName(Token t) { return t.isWord() && t.isCapitalised(); }

    /** ", which", ", der", ", который": a relative clause, closed again by the next comma that does not go on with a list. */
    private static boolean opensRelative(List<Token> tokens, int i, Words w) {
        return i > 0 && w.relatives.contains(tokens.get(i).norm()) && tokens.get(i - 1).norm().equals(",");
    }

    /**
     * ";". Not a colon, which as often opens the list a clause is about ("ten members: A, B, C"), nor
     * dashes, which in pairs set off an aside inside a clause ("Moldau – unter X – boykottierte").
     */
    private static boolean isPunctuationBreak(Token t) { return t.norm().equals(";"); }

    private static Clause read(List<Token> tokens, int first, int end, int group, Words w, boolean question) {
        List<Integer> negations = new ArrayList<>(), modals = new ArrayList<>(), hedges = new ArrayList<>();
        Clause.Tense tense = Clause.Tense.PRESENT;
        boolean conditional = false;
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            String n = t.norm();
            if (w.negation.contains(n)) negations.add(i);
            // "May 2020" is a month, "Will" a name: modal verbs are written in lower case inside a sentence
            if (w.modal.contains(t.text().toLowerCase(Locale.ROOT)) && (i == 0 || !t.isCapitalised())) modals.add(i);
            if (w.hedges.contains(n)) hedges.add(i);
            if (w.conditional.contains(n)) conditional = true;
            if (tense == Clause.Tense.PRESENT && w.past.contains(n)) tense = Clause.Tense.PAST;
            if (w.future.contains(n) && !t.isCapitalised()) tense = Clause.Tense.FUTURE;
        }
        return new Clause(first, end, group, ints(negations), ints(modals), ints(hedges), tense, conditional, question);
    }

    private static int[] ints(List<Integer> list) { return list.stream().mapToInt(Integer::intValue).toArray(); }

    /** The lists of the document's language. */
    private record Words(WordList negation, WordList modal, WordList hedges, WordList past, WordList future,
                         WordList conditional, WordList breaks, WordList openers, WordList relatives) {
        Words(String lang) {
            this(Vocabulary.of(lang, "negation"), Vocabulary.surface(lang, "modal"), Vocabulary.of(lang, "hedges"), Vocabulary.of(lang, "past"),
                    Vocabulary.of(lang, "future"), Vocabulary.of(lang, "conditional"), Vocabulary.of(lang, "clause-breaks"),
                    Vocabulary.of(lang, "clause-openers"), Vocabulary.of(lang, "relatives"));
        }
    }
}
