package org.blocwatch.extract.lemma;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Pipeline;
import org.blocwatch.extract.TestEntities;
import org.blocwatch.extract.entity.EntityRecognizer;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.role.RoleRecognizer;
import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.text.SentenceSplitter;
import org.blocwatch.extract.text.Token;
import org.blocwatch.extract.text.TokenAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LemmaAnnotatorTest {
    private static final Lexicon LEXICON = new Lexicon(TestEntities.all());

    static AnnotatedDocument annotate(String text, String lang) {
        return new Pipeline(List.of(new SentenceSplitter(), new TokenAnnotator(), new EntityRecognizer(LEXICON), new RoleRecognizer(),
                new LemmaAnnotator())).annotate(TestEntities.document(text, lang, null));
    }

    private static String lemmas(AnnotatedDocument doc, int sentence) {
        StringBuilder b = new StringBuilder();
        for (Token t : doc.tokens(sentence)) b.append(t.lemma()).append('/').append(t.pos()).append(' ');
        return b.toString().strip();
    }

    private static Token token(AnnotatedDocument doc, String text) {
        for (int s = 0; s < doc.sentences().size(); s++)
            for (Token t : doc.tokens(s)) if (t.text().equals(text)) return t;
        throw new AssertionError("no token " + text);
    }

    @Test
    void germanVerbsNounsAndDeterminersGetTheirLemmas() {
        AnnotatedDocument doc = annotate("Kasachstan trat dem Bündnis bei, das die Mitgliedsstaaten nie verlassen wollten.", "de");
        assertThat(token(doc, "trat").lemma()).isEqualTo("treten");
        assertThat(token(doc, "trat").pos()).isEqualTo(Pos.VERB);
        assertThat(token(doc, "Mitgliedsstaaten").lemma()).isEqualTo("mitgliedsstaat");
        assertThat(token(doc, "Mitgliedsstaaten").pos()).isEqualTo(Pos.NOUN);
        assertThat(token(doc, "wollten").lemma()).isEqualTo("wollen");
        assertThat(token(doc, "dem").pos()).isEqualTo(Pos.DET);
        assertThat(token(doc, "Kasachstan").pos()).isEqualTo(Pos.PROPN);
    }

    @Test
    void lemmasKeepUmlautsWhichTheNormalFormDrops() {
        Token earlier = token(annotate("Der frühere Präsident Kasachstans sprach.", "de"), "frühere");
        assertThat(earlier.norm()).isEqualTo("fruhere");
        assertThat(earlier.lemma()).startsWith("früh");
        assertThat(earlier.lower()).isEqualTo("frühere");
    }

    @Test
    void englishInflectionIsUndone() {
        AnnotatedDocument doc = annotate("Kazakhstan was admitted to the organizations and joined the alliance.", "en");
        assertThat(token(doc, "was").lemma()).isEqualTo("be");
        assertThat(token(doc, "was").pos()).isEqualTo(Pos.AUX);
        assertThat(token(doc, "admitted").lemma()).isEqualTo("admit");
        assertThat(token(doc, "organizations").lemma()).isEqualTo("organization");
        assertThat(token(doc, "joined").lemma()).isEqualTo("join");
    }

    @Test
    void russianFormsMeetInTheDictionaryLemma() {
        AnnotatedDocument doc = annotate("Президент Казахстана встретился с Путиным в Москве, а страны союза не стали подписывать договор.", "ru");
        assertThat(token(doc, "Казахстана").lemma()).isEqualTo("казахстан");
        assertThat(token(doc, "Казахстана").pos()).isEqualTo(Pos.PROPN);
        assertThat(token(doc, "встретился").lemma()).isEqualTo("встретиться");
        assertThat(token(doc, "Путиным").lemma()).isEqualTo("путин");
        assertThat(token(doc, "с").pos()).isEqualTo(Pos.ADP);
        assertThat(token(doc, "союза").lemma()).isEqualTo("союз");
        assertThat(token(doc, "страны").lemma()).isEqualTo("страна");
        // after the particle "не", "стали" is the verb "стать", not the noun "сталь"
        assertThat(token(doc, "стали").lemma()).isEqualTo("стать");
        assertThat(token(doc, "стали").pos()).isEqualTo(Pos.VERB);
    }

    @Test
    void aRussianWordTheDictionaryDoesNotKnowIsItsOwnLemma() {
        Token t = token(annotate("Делегацию Казахстана возглавил Жаксылыков.", "ru"), "Жаксылыков");
        assertThat(t.lemma()).isEqualTo("жаксылыков");
        assertThat(t.pos()).isEqualTo(Pos.PROPN);
    }

    @Test
    void sentencesThatCannotYieldAClaimAreLeftUntagged() {
        AnnotatedDocument doc = annotate("Das Wetter war schön. Kasachstan trat bei. Das Bündnis tagte.", "de");
        assertThat(doc.tokens(0)).noneMatch(Token::tagged);
        assertThat(doc.tokens(0).get(2).lemma()).isEqualTo("war");
        assertThat(doc.tokens(0).get(2).pos()).isEqualTo(Pos.X);
        assertThat(doc.tokens(1)).allMatch(Token::tagged);
        // no name, but a description coreference may resolve
        assertThat(doc.tokens(2)).allMatch(Token::tagged);
    }

    @Test
    void theLayerKeepsTokenSpansAndNormalForms() {
        AnnotatedDocument before = new Pipeline(List.of(new SentenceSplitter(), new TokenAnnotator()))
                .annotate(TestEntities.document("Usbekistan verließ die OVKS-Strukturen.", "de", null));
        AnnotatedDocument after = annotate("Usbekistan verließ die OVKS-Strukturen.", "de");
        assertThat(after.tokens(0)).extracting(Token::start, Token::end, Token::norm, Token::glued)
                .containsExactlyElementsOf(before.tokens(0).stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.start(), t.end(), t.norm(), t.glued())).toList());
        assertThat(token(after, "verließ").lemma()).isEqualTo("verlassen");
    }
}
