package org.blocwatch.extract.text;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Pipeline;
import org.blocwatch.extract.TestEntities;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenAnnotatorTest {

    private static List<Token> tokens(String text, String lang) {
        AnnotatedDocument doc = new Pipeline(List.of(new SentenceSplitter(), new TokenAnnotator())).annotate(TestEntities.document(text, lang, null));
        return doc.tokens(0);
    }

    @Test
    void compoundsAreCutAtTheHyphenAndTheHeadIsGluedToIt() {
        List<Token> t = tokens("Die OVKS-Mitgliedsstaaten tagten.", "de");
        assertThat(t).extracting(Token::text).containsExactly("Die", "OVKS", "-", "Mitgliedsstaaten", "tagten", ".");
        assertThat(t.get(3).glued()).isTrue();
        assertThat(t.get(1).glued()).isFalse();
    }

    @Test
    void aWordBrokenAtALineEndIsOneTokenButConjunctionsKeepTheirHyphen() {
        List<Token> t = tokens("Der Prä- sident sprach über Ein- und Ausfuhr.", "de");
        assertThat(t).extracting(Token::text).containsExactly("Der", "Prä- sident", "sprach", "über", "Ein", "-", "und", "Ausfuhr", ".");
        assertThat(t.get(1).norm()).isEqualTo("prasident");
    }

    @Test
    void offsetsPointIntoTheDocumentText() {
        String text = "Er sprach mit Kasachstans Präsident.";
        Token t = tokens(text, "de").get(3);
        assertThat(text.substring(t.start(), t.end())).isEqualTo("Kasachstans");
        assertThat(t.norm()).isEqualTo("kasachstans");
    }

    @Test
    void englishAndRussianAreTokenisedToo() {
        assertThat(tokens("Russia's trade grew.", "en")).extracting(Token::text).contains("Russia", "'s");
        assertThat(tokens("Товарооборот России вырос.", "ru")).extracting(Token::text).containsExactly("Товарооборот", "России", "вырос", ".");
    }
}
