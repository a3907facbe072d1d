package org.blocwatch.extract.coref;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.entity.Sense;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.extract.text.Token;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.AliasKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves descriptions and pronouns to the entity in focus, so that rules see "die Organisation",
 * "the country" or "он" as a mention of the organisation, state or person meant:
 * <ul>
 * <li>an organisation noun ({@code org-nouns}: "das Bündnis", "the bloc", "организации") refers to
 *     an organisation named in this sentence before it or in the {@value #ORG_REACH} sentences before: the
 *     one the document names most often so far, the latest on a tie;</li>
 * <li>a state noun after a demonstrative ("dieses Land", "this country", "этой страны"), after an
 *     article in German and English ("das Land", "the country"), or, in Russian, which has no articles,
 *     in a singular form after "в" ({@code state-nouns-singular}: "в страну", "в стране") refers to the state named last as an
 *     actor in the paragraph, at most {@value #STATE_REACH} sentences back;</li>
 * <li>a personal pronoun of one person ({@code person-pronouns}: "er", "he", "он") refers to the person
 *     named first in the nearest earlier sentence of the paragraph that names one: the subject, more
 *     often than not.</li>
 * </ul>
 * A description inside a name ("Shanghai Cooperation Organisation") is part of that name's mention
 * and left alone, and so is a plural ("Organisationen", "organizations"), which refers to no one entity.
 */
public final class CoreferenceAnnotator implements Annotator {
    static final int ORG_REACH = 12;
    static final int STATE_REACH = 2;
    private static final int PERSON_REACH = 3;

    @Override public Set<Layer> requires() { return Set.of(Layer.MENTIONS, Layer.PERSONS); }

    @Override public Layer provides() { return Layer.COREFERENCE; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        String lang = doc.language();
        WordList orgNouns = Vocabulary.of(lang, "org-nouns"), stateNouns = Vocabulary.of(lang, "state-nouns");
        WordList determiners = Vocabulary.of(lang, "determiners"), demonstratives = Vocabulary.of(lang, "demonstratives");
        WordList pronouns = Vocabulary.of(lang, "person-pronouns");
        WordList singularAfterPreposition = Vocabulary.of(lang, "state-nouns-singular"), places = Vocabulary.of(lang, "place-prepositions");
        boolean articles = !determiners.isEmpty();
        int paragraphStart = 0;
        for (Sentence s : doc.sentences()) {
            if (s.index() > 0 && startsParagraph(doc, s)) paragraphStart = s.index();
            List<Token> tokens = doc.tokens(s.index());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (insideMention(doc, s.index(), i) || !t.isWord()) continue;
                String before = i > 0 ? tokens.get(i - 1).norm() : "";
                boolean name = !lang.equals("de") && followedByName(tokens, i);
                if (orgNouns.contains(t.norm()) && (!articles || determiners.contains(before)) && !name) {
                    Found f = salientOrganisation(doc, s.index(), i);
                    if (f != null) add(doc, s.index(), tokens, i, f, Anaphor.Kind.ORGANISATION);
                } else if (stateNouns.contains(t.norm()) && (demonstratives.contains(before) || (articles && determiners.contains(before))
                        || (!articles && singularAfterPreposition.contains(t.norm()) && places.contains(before))) && !name) {
                    Found f = lastNamed(doc, s.index(), i, Math.max(paragraphStart, s.index() - STATE_REACH), Anaphor.Kind.STATE, places);
                    if (f != null) add(doc, s.index(), tokens, i, f, Anaphor.Kind.STATE);
                } else if (pronouns.contains(t.norm())) {
                    Found f = firstPersonBefore(doc, s.index(), Math.max(paragraphStart, s.index() - PERSON_REACH));
                    if (f != null) add(doc, s.index(), tokens, i, f, Anaphor.Kind.PERSON);
                }
            }
        }
    }

    private record Found(Mention mention, int sentence) {}

    private static void add(AnnotatedDocument doc, int sentence, List<Token> tokens, int i, Found f, Anaphor.Kind kind) {
        Token t = tokens.get(i);
        Mention m = new Mention(i, i + 1, t.start(), t.end(), List.of(new Sense(f.mention().entity(), AliasKind.VARIANT)), f.mention().proposed());
        doc.addAnaphor(sentence, new Anaphor(m, kind, f.sentence()));
    }

    /**
     * "the Union State", "Организация Объединённых Наций": a noun followed by a capitalised word starts
     * another name. (Not in German, where every noun is capitalised.)
     */
    private static boolean followedByName(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised() && tokens.get(i + 1).isWord();
    }

    private static boolean insideMention(AnnotatedDocument doc, int sentence, int token) {
        for (Mention m : doc.mentions(sentence)) if (token >= m.firstToken() && token < m.endToken()) return true;
        return false;
    }

    /** A blank line between two sentences: a new paragraph, where a new focus begins. */
    private static boolean startsParagraph(AnnotatedDocument doc, Sentence s) {
        Sentence prev = doc.sentences().get(s.index() - 1);
        return doc.text().substring(prev.end(), s.start()).contains("\n");
    }

    /**
     * The entity of the kind named last before token {@code i} of sentence {@code s}, back to sentence
     * {@code from}; not one named as a place (after one of {@code places}: "beim Gipfel in Astana"),
     * which sets the scene rather than being what the text goes on about.
     */
    private static Found lastNamed(AnnotatedDocument doc, int s, int i, int from, Anaphor.Kind kind, WordList places) {
        for (int k = s; k >= from; k--) {
            List<Mention> ms = doc.mentions(k);
            List<Token> tokens = doc.tokens(k);
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                if (k == s && m.firstToken() >= i) continue;
                if (m.isDemonym()) continue;
                if (places != null && m.firstToken() > 0 && places.contains(tokens.get(m.firstToken() - 1).norm())) continue;
                if (kind == Anaphor.Kind.ORGANISATION ? m.isOrganisation() : m.isState()) return new Found(m, k);
            }
        }
        return null;
    }

    /**
     * The organisation "die Organisation" means: of those named in the sentences within reach, the one
     * the document has named most often so far (its topic), the latest of them on a tie. An article
     * about the CSTO that mentions the EU in passing still means the CSTO by "the alliance".
     */
    private static Found salientOrganisation(AnnotatedDocument doc, int s, int i) {
        Found latest = lastNamed(doc, s, i, Math.max(0, s - ORG_REACH), Anaphor.Kind.ORGANISATION, null);
        if (latest == null) return null;
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Found> last = new HashMap<>();
        for (int k = 0; k <= s; k++)
            for (Mention m : doc.mentions(k)) {
                if (k == s && m.firstToken() >= i) break;
                if (!m.isOrganisation() || m.isDemonym()) continue;
                counts.merge(m.id(), 1, Integer::sum);
                if (k >= s - ORG_REACH) last.put(m.id(), new Found(m, k));
            }
        Found best = latest;
        for (Found f : last.values()) {
            int c = counts.get(f.mention().id()), b = counts.get(best.mention().id());
            if (c > b) best = f;
        }
        return best;
    }

    private static Found firstPersonBefore(AnnotatedDocument doc, int s, int from) {
        for (int k = s - 1; k >= from; k--)
            for (Mention m : doc.mentions(k)) if (m.isPerson()) return new Found(m, k);
        return null;
    }
}
