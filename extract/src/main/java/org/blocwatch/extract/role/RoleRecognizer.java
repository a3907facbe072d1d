package org.blocwatch.extract.role;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.extract.text.Token;
import org.blocwatch.model.Role;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;

/**
 * Adds role phrases and the state or organisation they belong to, found
 * <ul>
 *   <li>in a compound: "Kreml-Sprecher", "US-Präsident", "OVKS-Generalsekretär";</li>
 *   <li>in an adjective before the noun: "der armenische Ministerpräsident";</li>
 *   <li>in a genitive before it: "Aserbaidschans Präsident", "Russia's President";</li>
 *   <li>in a name right before a capitalised role, as English writes titles, or an organisation before any: "CSTO Secretary General", "the CSTO secretary general",
 *       "Kazakhstan President";</li>
 *   <li>after it: "Präsident Kasachstans", "Präsident der Russischen Föderation",
 *       "Außenminister von Kirgisistan", "President of Russia", "президент России".</li>
 * </ul>
 * A deputy ({@code deputy-words}: "Vize-", "stellvertretende", "deputy", "заместитель") holds none of the
 * offices, unless a list names the deputy's office itself ("Vize-Außenminister").
 * A counterpart ({@code counterpart-nouns}: "Amtskollege", "counterpart", "коллега") holds the office
 * named before it in the sentence, of the state its adjective names.
 * A chair ({@code chair-nouns}: "Vorsitzende") of a state is its head of state, of an organisation its chair; a
 * chief ({@code chief-nouns}: "Chef") counts only with the state or organisation it heads. A word of {@code former-words} just before
 * the phrase ("damalige", "früherer", "former", "бывший") marks the office as not held at the
 * document's date. Articles and "of" between the noun and its state are {@code role-links}. Thread-safe.
 */
public final class RoleRecognizer implements Annotator {

    @Override public Set<Layer> requires() { return Set.of(Layer.MENTIONS); }

    @Override public Layer provides() { return Layer.ROLES; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens(s.index());
            List<Mention> mentions = doc.mentions(s.index());
            WordList counterparts = Vocabulary.of(doc.language(), "counterpart-nouns");
            Role last = null;
            for (int i = 0; i < tokens.size(); i++) {
                Map.Entry<Integer, Role> hit = RoleNouns.at(tokens, i);
                // "seinen usbekischen Amtskollegen", "his Uzbek counterpart": the office named before, of another state
                if (hit == null && last != null && counterparts.matches(tokens.get(i))) hit = Map.entry(i + 1, last);
                if (hit == null) continue;
                // "Vize-Premier", "вице-премьер", "deputy prime minister": a deputy holds no office of the list
                if (deputy(tokens, i, Vocabulary.of(doc.language(), "deputy-words"))) { i = hit.getKey() - 1; continue; }
                RoleMention r = role(doc.language(), tokens, mentions, i, hit.getKey(), hit.getValue());
                if (r != null) { doc.addRole(s.index(), r); last = r.role(); }
                i = hit.getKey() - 1;
            }
        }
    }

    private static RoleMention role(String lang, List<Token> tokens, List<Mention> mentions, int first, int end, Role role) {
        Mention of = null;
        int start = first, stop = end;
        boolean compound = first >= 1 && tokens.get(first - 1).isDash() && tokens.get(first).glued();
        if (compound) {
            Mention modifier = mentionEndingAt(mentions, first - 1);
            if (modifier != null && modifier.isActor()) of = modifier;
        }
        if (Vocabulary.of(lang, "chief-nouns").matches(tokens.get(first)) && of == null) return null;
        if (of == null && !compound) of = before(tokens, mentions, first);
        if (of != null) start = Math.min(start, of.firstToken());
        if (of == null) {
            int j = end;
            while (j < tokens.size() && Vocabulary.of(lang, "role-links").contains(tokens.get(j).norm())) j++;
            Mention after = mentionStartingAt(mentions, j);
            if (after != null && after.isActor() && !after.isDemonym()) {
                of = after;
                stop = after.endToken();
            }
        }
        if (of != null && Vocabulary.of(lang, "chair-nouns").matches(tokens.get(first)) && !of.isState()) role = Role.CHAIR;
        boolean historical = false;
        WordList former = Vocabulary.of(lang, "former-words");
        for (int k = Math.max(0, start - 3); k < start; k++) if (former.matches(tokens.get(k))) historical = true;
        return new RoleMention(start, stop, role, of == null ? null : of.id(), historical);
    }

    /** A deputy word right before the role noun, or before it with a hyphen. */
    private static boolean deputy(List<Token> tokens, int first, WordList deputies) {
        if (first >= 1 && deputies.matches(tokens.get(first - 1))) return true;
        return first >= 2 && tokens.get(first - 1).isDash() && tokens.get(first).glued() && deputies.matches(tokens.get(first - 2));
    }

    /** A demonym ("der armenische Ministerpräsident") or genitive ("Aserbaidschans Präsident") before the noun. */
    private static Mention before(List<Token> tokens, List<Mention> mentions, int first) {
        int end = first;
        if (end >= 1 && tokens.get(end - 1).norm().equals("'s")) end--;
        Mention m = mentionEndingAt(mentions, end);
        if (m == null && end >= 2 && isAdjective(tokens.get(end - 1))) m = mentionEndingAt(mentions, end - 1);
        if (m == null || !m.isActor()) return null;
        boolean title = end == first && (tokens.get(first).isCapitalised() || m.isOrganisation()) && !m.isPerson();
        return m.isDemonym() || end < first || genitive(tokens, m) || title ? m : null;
    }

    private static boolean isAdjective(Token t) { return t.isWord() && !t.isCapitalised(); }

    /** "Aserbaidschans", "Russia's": a name in the genitive directly before the role noun. */
    private static boolean genitive(List<Token> tokens, Mention m) {
        Token last = tokens.get(m.endToken() - 1);
        if (m.endToken() < tokens.size() && tokens.get(m.endToken()).norm().equals("'s")) return true;
        return m.isState() && last.norm().endsWith("s") && !last.norm().endsWith("us");
    }

    private static Mention mentionEndingAt(List<Mention> mentions, int endToken) {
        for (Mention m : mentions) if (m.endToken() == endToken) return m;
        return null;
    }

    private static Mention mentionStartingAt(List<Mention> mentions, int first) {
        for (Mention m : mentions) if (m.firstToken() == first) return m;
        return null;
    }
}
