package org.blocwatch.extract.time;

import org.blocwatch.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Russian dates in every case, periods of a year (halves, quarters, runs of months), and what is no date. */
class RussianAndPeriodTimesTest {

    private static List<TimeExpression> find(String text, String published) {
        return TimeRecognizer.find(text, 0, text.length(), published == null ? null : PartialDate.parse(published));
    }

    private static String describe(TimeExpression e) { return e.kind() + " " + e.from() + " " + e.to(); }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Встреча прошла 24 ноября 2020 года в Минске.|POINT 2020-11-24 2020-11-24",
            "Договор подписали 3 марта 2021 г. в Москве.|POINT 2021-03-03 2021-03-03",
            "Саммит состоялся в феврале 2024 года.|POINT 2024-02 2024-02",
            "В 2019 году товарооборот вырос.|POINT 2019 2019",
            "В 2018-2019 годах страна наращивала экспорт.|RANGE 2018 2019",
            "В 2016–2017 гг. переговоры шли медленно.|RANGE 2016 2017",
            "Страна входит в союз с 2015 года.|SINCE 2015 null",
            "Соглашение действовало до 2020 года.|UNTIL null 2020",
            "С мая 2014 года страна наблюдатель.|SINCE 2014-05 null",
            "В начале 1990-х годов союз распался.|RANGE 1990 1993",
            "Это было в конце 2021 года.|POINT 2021 2021",
            "В первом полугодии 2024 года рост продолжился.|RANGE 2024-01 2024-06",
            "В третьем квартале 2023 года экспорт упал.|RANGE 2023-07 2023-09",
            "В январе-октябре 2024 года товарооборот вырос.|RANGE 2024-01 2024-10",
            "Trade grew in the first half of 2024.|RANGE 2024-01 2024-06",
            "Exports fell in the second quarter of 2023.|RANGE 2023-04 2023-06",
            "In January–October 2024 trade rose.|RANGE 2024-01 2024-10",
            "Im zweiten Halbjahr 2022 sank der Handel.|RANGE 2022-07 2022-12",
            "Von Januar bis Oktober 2024 stieg der Handel.|RANGE 2024-01 2024-10",
            "Im vierten Quartal 2021 stieg der Umsatz.|RANGE 2021-10 2021-12",
    })
    void absoluteExpressions(String text, String expected) {
        List<TimeExpression> t = find(text, null);
        assertThat(t).hasSize(1);
        assertThat(describe(t.get(0))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Встреча прошла 24 ноября в Минске.|2025-12-10|POINT 2025-11-24 2025-11-24",
            "Встреча прошла 24 ноября в Минске.|2025-03-10|POINT 2024-11-24 2024-11-24",
            "В прошлом году товарооборот вырос.|2025-04|POINT 2024 2024",
            "В этом году товарооборот вырос.|2025-04|POINT 2025 2025",
            "Im ersten Halbjahr stieg der Handel.|2025-09-01|RANGE 2025-01 2025-06",
            "Am 9. Mai fand die Parade statt.|2025-06-01|POINT 2025-05-09 2025-05-09",
            "The summit opened on 12 June.|2024-07-01|POINT 2024-06-12 2024-06-12",
    })
    void expressionsRelativeToTheDocumentDate(String text, String published, String expected) {
        List<TimeExpression> t = find(text, published);
        assertThat(t).hasSize(1);
        assertThat(t.get(0).relative()).isTrue();
        assertThat(describe(t.get(0))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Zahlen stehen auf S. 2019 des Berichts.",
            "Siehe Seite 2020 und folgende.",
            "See pp. 2019-2020 of the report.",
            "Rufen Sie +7 727 2019 2020 an.",
            "Call +1 (202) 555-2019 for details.",
            "Das Spiel endete 2:1 für Georgien.",
            "Die Mannschaft belegte Platz 3.",
            "She founded the 1990s band in Almaty.",
            "Gesetz Nr. 2018 wurde geändert.",
            "Закон № 2019 вступил в силу.",
            "Смотрите стр. 2020 доклада.",
    })
    void numbersThatAreNoDates(String text) {
        assertThat(find(text, "2025-01-01")).isEmpty();
    }
}
