package org.blocwatch.extract.text;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Pipeline;
import org.blocwatch.extract.TestEntities;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> sentences(String text, String lang) {
        AnnotatedDocument doc = new Pipeline(List.of(new SentenceSplitter())).annotate(TestEntities.document(text, lang, null));
        return doc.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void germanModelKeepsAbbreviationsAndOrdinalDatesInsideTheSentence() {
        assertThat(sentences("Die Staatschefs trafen sich am 9. Mai in St. Petersburg, z. B. auch der Präsident. Danach reisten sie ab.", "de"))
                .containsExactly("Die Staatschefs trafen sich am 9. Mai in St. Petersburg, z. B. auch der Präsident.", "Danach reisten sie ab.");
    }

    @Test
    void blankLineEndsAHeadlineWithoutFullStop() {
        assertThat(sentences("Gipfel in Astana\n\nDie Minister kamen zusammen.", "de"))
                .containsExactly("Gipfel in Astana", "Die Minister kamen zusammen.");
    }

    @Test
    void englishModelSplitsAtFullStops() {
        assertThat(sentences("The ministers met in Astana. They signed nothing.", "en"))
                .containsExactly("The ministers met in Astana.", "They signed nothing.");
    }

    @Test
    void russianRulesRespectAbbreviationsAndInitials() {
        assertThat(sentences("Встреча прошла в 2022 г. в Астане. В. В. Путин уехал. Потом всё стихло.", "ru"))
                .containsExactly("Встреча прошла в 2022 г. в Астане.", "В. В. Путин уехал.", "Потом всё стихло.");
    }

    @Test
    void russianAbbreviationsWithInnerFullStopsQuotesAndDirectSpeech() {
        assertThat(sentences("Союз объединяет пять стран, т.е. почти всю Евразию. «Мы вступим в ЕАЭС», — сказал министр. — Это решено.", "ru"))
                .containsExactly("Союз объединяет пять стран, т.е. почти всю Евразию.", "«Мы вступим в ЕАЭС», — сказал министр.", "— Это решено.");
        assertThat(sentences("Он сказал: «Переговоры закончены.» Делегация уехала.", "ru"))
                .containsExactly("Он сказал: «Переговоры закончены.»", "Делегация уехала.");
        assertThat(sentences("Оборот составил 120 млрд руб. Казахстан ответил позже. Саммит прошёл в г. Бишкек.", "ru"))
                .containsExactly("Оборот составил 120 млрд руб. Казахстан ответил позже.", "Саммит прошёл в г. Бишкек.");
    }
}
