package org.blocwatch.extract.words;

import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.text.Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {

    @Test
    void listsAreReadPerLanguageWithoutComments() {
        WordList negation = Vocabulary.of("de", "negation");
        assertThat(negation.contains("kein")).isTrue();
        assertThat(negation.contains("not")).isFalse();
        assertThat(negation.words()).noneMatch(w -> w.contains("#") || w.isBlank());
        assertThat(Vocabulary.of("ru", "negation").contains("не")).isTrue();
        assertThat(Vocabulary.of("en", "org-nouns").contains("bloc")).isTrue();
    }

    @Test
    void entriesAreComparedAsNormalFormsUnlessTheListIsReadAsWritten() {
        // "Bündnis" in the file, "bundnis" as the token's normal form
        assertThat(Vocabulary.of("de", "org-nouns").contains("bundnis")).isTrue();
        // the subjunctive "hätte" is modal; without its umlaut it is the indicative "hatte", which is not
        assertThat(Vocabulary.surface("de", "modal").contains("hätte")).isTrue();
        assertThat(Vocabulary.surface("de", "modal").contains("hatte")).isFalse();
    }

    @Test
    void stemsAndHeadsMatchInflectedFormsAndCompounds() {
        assertThat(Vocabulary.of("ru", "org-nouns").contains("организации")).isTrue();
        assertThat(Vocabulary.of("de", "org-nouns").contains("militarbundnis")).isTrue();
        assertThat(Vocabulary.of("de", "org-nouns").contains("wetter")).isFalse();
        // a head is a word of its own too
        assertThat(Vocabulary.of("de", "org-nouns").contains("bundnis")).isTrue();
    }

    @Test
    void anAbsentListIsEmpty() {
        assertThat(Vocabulary.of("de", "no-such-list").isEmpty()).isTrue();
        assertThat(Vocabulary.of("ru", "articles").isEmpty()).isTrue();
    }

    @Test
    void theUnionHoldsAllThreeLanguages() {
        WordList all = Vocabulary.all("negation");
        assertThat(all.contains("nicht")).isTrue();
        assertThat(all.contains("never")).isTrue();
        assertThat(all.contains("не")).isTrue();
    }

    @Test
    void aTokenMatchesByLemmaOrByItsForm() {
        WordList modals = Vocabulary.surface("de", "modal");
        Token wanted = new Token(0, 7, "wollten", "wollten", "wollt", false).withLemma("wollen", Pos.AUX);
        Token subjunctive = new Token(0, 5, "Würde", "wurde", "wurd", false).withLemma("werden", Pos.AUX);
        Token indicative = new Token(0, 5, "wurde", "wurde", "wurd", false).withLemma("werden", Pos.AUX);
        assertThat(modals.matches(wanted)).isTrue();
        assertThat(modals.matches(subjunctive)).isTrue();
        assertThat(modals.matches(indicative)).isFalse();
    }
}
