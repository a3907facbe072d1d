package org.blocwatch.extract.amount;

import org.blocwatch.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Russian figures, factors (read as the change in percent they mean), a change and a level in one sentence, and numbers that are no amounts. */
class RussianAndChangeAmountsTest {

    private static List<Amount> find(String text, String lang) { return AmountRecognizer.find(text, 0, text.length(), lang); }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru|Товарооборот составил 9,9 млрд долларов.|9900000000|USD|EXACT|false",
            "ru|Инвестиции достигли $1,2 млрд.|1200000000|USD|EXACT|false",
            "ru|Торговля выросла на 5,4%.|5.4|%|EXACT|true",
            "ru|Объём увеличился в 1,2 раза.|20|%|EXACT|true",
            "ru|Оборот составил 32,4 миллиарда долларов США.|32400000000|USD|EXACT|false",
            "ru|Экспорт составил более 500 млн долл. в год.|500000000|USD|MORE_THAN|false",
            "ru|Оборот достиг 1,5 трлн рублей.|1500000000000|RUB|EXACT|false",
            "ru|Сумма составила 120 млрд руб.|120000000000|RUB|EXACT|false",
            "ru|Рост составил 3,2 процента.|3.2|%|EXACT|false",
            "de|Der Handel wuchs um das 1,2-fache.|20|%|EXACT|true",
            "ru|Экспорт сократился в 2 раза.|-50|%|EXACT|true",
            "de|Der Handel wuchs um 23,5 Prozent.|23.5|%|EXACT|true",
            "de|Der Handel verdoppelte sich gegenüber 3,9 Mrd. $ im Vorjahr.|3900000000|USD|EXACT|false",
            "en|Trade reached $412.3 million in 2023.|412300000|USD|EXACT|false",
            "en|Exports grew 1.5-fold.|50|%|EXACT|true",
            "en|Imports rose 2.5 times.|150|%|EXACT|true",
            "en|Trade was worth 3.4 billion US dollars.|3400000000|USD|EXACT|false",
    })
    void oneFigure(String lang, String text, String value, String unit, Qualifier qualifier, boolean change) {
        List<Amount> a = find(text, lang);
        assertThat(a).hasSize(1);
        assertThat(a.get(0).value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(a.get(0).unit()).isEqualTo(unit);
        assertThat(a.get(0).qualifier()).isEqualTo(qualifier);
        assertThat(a.get(0).change()).isEqualTo(change);
        assertThat(a.get(0).isMoney()).isEqualTo(!unit.equals("%"));
    }

    @Test
    void aChangeAndTheLevelItReached() {
        List<Amount> a = find("Der Handel stieg um 3,1 % auf 4,2 Mrd. Dollar.", "de");
        assertThat(a).hasSize(2);
        assertThat(a.get(0).isPercent()).isTrue();
        assertThat(a.get(0).change()).isTrue();
        assertThat(a.get(1).value()).isEqualByComparingTo(new BigDecimal("4200000000"));
        assertThat(a.get(1).change()).isFalse();
    }

    @Test
    void aFigureAndTheYearBefore() {
        List<Amount> a = find("Der Handel erreichte 4,2 Mrd. Dollar, gegenüber 3,9 Mrd. $ im Vorjahr.", "de");
        assertThat(a).extracting(Amount::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4200000000"), new BigDecimal("3900000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Georgien gewann 2:1 gegen Armenien.", "Die Mannschaft belegte Platz 3.", "Rufen Sie +7 727 250 30 40 an.",
            "Siehe Seite 45.", "In der Stadt leben 3,1 Mio. Menschen.", "Команда заняла 3 место.", "Он набрал 2 раза больше очков."})
    void numbersThatAreNoAmounts(String text) {
        assertThat(find(text, text.matches(".*\\p{IsCyrillic}.*") ? "ru" : "de")).isEmpty();
    }
}
