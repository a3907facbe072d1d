package org.blocwatch.extract.words;

import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.text.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenWordsTest {

    private static final Token JOINED = new Token(0, 5, "joined", "joined", "join", false).withLemma("join", Pos.VERB);
    private static final Token WEATHER = new Token(6, 13, "weather", "weather", "weath", false).withLemma("weather", Pos.NOUN);
    /** An inflected Russian noun, on a list only through a stem entry. */
    private static final Token ORGANISATION = new Token(14, 25, "организации", "организации", "организац", false);
    private static final Token SUBJUNCTIVE = new Token(26, 31, "Würde", "wurde", "wurd", false).withLemma("werden", Pos.AUX);

    @Test
    void aTokenIsOnAListExactlyWhenTheListMatchesIt() {
        List<WordList> lists = List.of(Vocabulary.of("en", "accession-verbs"), Vocabulary.of("ru", "org-nouns"),
                Vocabulary.surface("de", "modal"), Vocabulary.all("negation"), Vocabulary.of("de", "org-nouns"));
        List<Token> tokens = List.of(JOINED, WEATHER, ORGANISATION, SUBJUNCTIVE);
        TokenWords words = TokenWords.of(tokens);
        for (WordList list : lists)
            for (int i = 0; i < tokens.size(); i++)
                assertThat(words.on(i, list)).as("%s on list %d", tokens.get(i).text(), list.number()).isEqualTo(list.matches(tokens.get(i)));
    }

    @Test
    void listsMatchByLemmaStemAndSurfaceButNotOtherwise() {
        TokenWords words = TokenWords.of(List.of(JOINED, WEATHER, ORGANISATION, SUBJUNCTIVE));
        assertThat(words.on(0, Vocabulary.of("en", "accession-verbs"))).isTrue();
        assertThat(words.on(1, Vocabulary.of("en", "accession-verbs"))).isFalse();
        assertThat(words.on(2, Vocabulary.of("ru", "org-nouns"))).isTrue();
        assertThat(words.on(1, Vocabulary.of("ru", "org-nouns"))).isFalse();
        // "Würde" is modal by its surface form; the normal form "wurde" alone would not be
        assertThat(words.on(3, Vocabulary.surface("de", "modal"))).isTrue();
        assertThat(words.on(0, Vocabulary.surface("de", "modal"))).isFalse();
    }

    @Test
    void aListLoadedAfterTheTokensWereIndexedIsStillAnswered() {
        TokenWords words = TokenWords.of(List.of(JOINED, WEATHER));
        // a list built after the index: not in its bits, asked directly
        WordList later = WordList.union(Vocabulary.of("en", "accession-verbs"));
        assertThat(later.number()).isGreaterThanOrEqualTo(0);
        assertThat(words.on(0, later)).isTrue();
        assertThat(words.on(1, later)).isFalse();
    }
}
