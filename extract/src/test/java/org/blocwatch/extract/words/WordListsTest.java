package org.blocwatch.extract.words;

import org.blocwatch.extract.text.Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordListsTest {

    @Test
    void listsAreReadPerLanguageWithoutComments() {
        WordList negation = WordLists.of("de").get("negation");
        assertThat(negation.contains("kein")).isTrue();
        assertThat(negation.contains("not")).isFalse();
        assertThat(negation.words()).noneMatch(w -> w.contains("#") || w.isBlank());
        assertThat(WordLists.of("ru").get("negation").contains("не")).isTrue();
        assertThat(WordLists.of("en").get("org-nouns").contains("bloc")).isTrue();
    }

    @Test
    void everyListExistsInEveryLanguage() {
        for (String list : new String[]{"negation", "modals", "hedges", "absence", "past-auxiliaries", "denial", "personal-pronouns",
                "articles", "demonstratives", "org-nouns", "state-nouns", "non-actor-prepositions"})
            for (String lang : WordLists.LANGUAGES) assertThat(WordLists.of(lang).get(list).name()).isEqualTo(list);
        assertThat(WordLists.of("ru").get("articles").words()).isEmpty();
    }

    @Test
    void anUnknownListIsAnError() {
        assertThatThrownBy(() -> WordLists.of("de").get("no-such-list")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-list");
    }

    @Test
    void otherLanguagesFallBackToGerman() {
        assertThat(WordLists.of("fr")).isSameAs(WordLists.of("de"));
    }

    @Test
    void theUnionHoldsAllThreeLanguages() {
        WordList all = WordLists.union("state-nouns");
        assertThat(all.words()).contains("staat", "country", "государство");
    }

    @Test
    void aTokenMatchesByLemmaOrByItsForm() {
        WordList modals = WordLists.of("de").get("modals");
        Token wanted = new Token(0, 7, "wollten", "wollten", "wollt", false).withLemma("wollen", org.blocwatch.extract.text.Pos.AUX);
        Token subjunctive = new Token(0, 5, "Würde", "wurde", "wurd", false).withLemma("werden", org.blocwatch.extract.text.Pos.AUX);
        Token indicative = new Token(0, 5, "wurde", "wurde", "wurd", false).withLemma("werden", org.blocwatch.extract.text.Pos.AUX);
        assertThat(modals.matches(wanted)).isTrue();
        assertThat(modals.matches(subjunctive)).isTrue();
        assertThat(modals.matches(indicative)).isFalse();
    }

    @Test
    void prefixesMatchInflectedForms() {
        assertThat(WordLists.of("de").get("org-nouns").startsAny("bündnisses")).isTrue();
        assertThat(WordLists.of("de").get("org-nouns").startsAny("wetter")).isFalse();
    }
}
