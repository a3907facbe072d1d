package org.blocwatch.extract.role;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.entity.Sense;
import org.blocwatch.extract.entity.Transliteration;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.text.Token;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.Alias;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Names;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Adds persons the knowledge base does not know yet, where the text introduces them with a role:
 * "der Vize-Außenminister Kasachstans, Roman Vassilenko, sagte". The name must be two or three
 * capitalised words right after the role phrase (a comma may separate them) and be followed by
 * punctuation or a lower-case word, which keeps German nouns ("Präsident Reformen ...") out.
 * A name that is another outlet's spelling of a known holder of the very office the role names
 * ("Azerbaijan's President Ilkham Aliev" for the KB's Ilham Aliyev, see {@link SpellingVariants})
 * is that holder. Otherwise the new entity's id is person: + the slug of an English-looking
 * spelling, and it is marked proposed, for review. Thread-safe.
 */
public final class IntroducedPersonRecognizer implements Annotator {

    private final Lexicon lexicon;
    private final OfficeHolders holders;

    public IntroducedPersonRecognizer(Lexicon lexicon, OfficeHolders holders) {
        this.lexicon = lexicon;
        this.holders = holders;
    }

    @Override public Set<Layer> requires() { return Set.of(Layer.ROLES, Layer.MENTIONS, Layer.LEMMAS); }

    @Override public Layer provides() { return Layer.PERSONS; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens(s.index());
            for (RoleMention r : doc.roles(s.index())) {
                int i = r.endToken();
                if (i < tokens.size() && tokens.get(i).norm().equals(",")) i++;
                if (startsMention(doc.mentions(s.index()), i)) continue;
                int end = nameEnd(tokens, i, Vocabulary.of(doc.language(), "not-names"), Vocabulary.of(doc.language(), "abstract-noun-endings"));
                if (end < 0) continue;
                String written = doc.text().substring(tokens.get(i).start(), tokens.get(end - 1).end());
                String name = dictionaryForm(tokens, i, end, written);
                Optional<Entity> known = knownHolder(r, name);
                List<Alias> aliases = name.equals(written) ? List.of(new Alias(name, doc.language(), AliasKind.NAME))
                        : List.of(new Alias(name, doc.language(), AliasKind.NAME), new Alias(written, doc.language(), AliasKind.INFLECTED));
                Entity person = known.orElseGet(() -> new Entity("person:" + Names.slug(Transliteration.toEnglish(name)), EntityKind.PERSON,
                        name, aliases, Map.of()));
                doc.addMention(s.index(), new Mention(i, end, tokens.get(i).start(), tokens.get(end - 1).end(),
                        List.of(new Sense(person, AliasKind.NAME)), known.isEmpty()));
            }
        }
    }

    /** A Russian surname in an oblique case after an inflected first name: "Русланом Жаксылыковым". */
    private static final Pattern OBLIQUE_SURNAME = Pattern.compile("(.*(?:ов|ев|ёв|ин|ын))(?:ым|ом|у|а|е)");

    /**
     * A name in Cyrillic in its dictionary form: Russian inflects names ("с министром Русланом
     * Жаксылыковым"), and the id must not carry the case. Each word takes its lemma where the lemma
     * layer knows it as a name; a surname it does not know loses its case ending when the first name
     * was inflected. Names in other scripts stay as written.
     */
    private static String dictionaryForm(List<Token> tokens, int from, int end, String written) {
        if (!Transliteration.isCyrillic(written)) return written;
        StringBuilder out = new StringBuilder();
        boolean inflected = false;
        for (int k = from; k < end; k++) {
            Token t = tokens.get(k);
            String word = t.text();
            if (t.isWord() && t.pos() == Pos.PROPN && !t.lemma().equals(t.lower())) { word = capitalised(t.lemma()); inflected = true; }
            else if (t.isWord() && inflected && k == end - 1) {
                Matcher m = OBLIQUE_SURNAME.matcher(word);
                if (m.matches()) word = m.group(1);
            }
            if (k > from && t.start() > tokens.get(k - 1).end()) out.append(' ');
            out.append(word);
        }
        return out.toString();
    }

    private static String capitalised(String word) { return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1); }

    private Optional<Entity> knownHolder(RoleMention role, String name) {
        if (role.of() == null) return Optional.empty();
        for (String id : holders.persons(role.role(), role.of()))
            if (SpellingVariants.sameName(name, id.substring(id.indexOf(':') + 1))) return lexicon.entity(id);
        return Optional.empty();
    }

    private static boolean startsMention(List<Mention> mentions, int token) {
        for (Mention m : mentions) if (m.firstToken() <= token && token < m.endToken()) return true;
        return false;
    }

    /** The end of a name of 2-3 words starting at i ("Qassym-Schomart Toqajew" is two), or -1. */
    private static int nameEnd(List<Token> tokens, int i, WordList notNames, WordList nounEndings) {
        int words = 0, j = i;
        while (j < tokens.size() && words < 4) {
            Token t = tokens.get(j);
            if (!isNameWord(t, notNames, nounEndings)) break;
            j++;
            while (j + 1 < tokens.size() && tokens.get(j).isDash() && tokens.get(j).glued() && isNameWord(tokens.get(j + 1), notNames, nounEndings)) j += 2;
            words++;
        }
        if (words < 2 || words > 3) return -1;
        if (j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).isCapitalised()) return -1;
        return j;
    }

    /** A capitalised word that is no function word ({@code not-names}) nor a German abstract noun ({@code abstract-noun-endings}: "Verwaltung"). */
    private static boolean isNameWord(Token t, WordList notNames, WordList nounEndings) {
        return t.isWord() && t.isCapitalised() && !t.isAllCaps() && t.text().length() >= 2
                && !notNames.matches(t) && !nounEndings.contains(t.norm());
    }
}
