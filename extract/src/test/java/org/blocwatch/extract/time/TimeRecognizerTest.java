package org.blocwatch.extract.time;

import org.blocwatch.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeRecognizerTest {

    private static List<TimeExpression> find(String text, String published) {
        return TimeRecognizer.find(text, 0, text.length(), published == null ? null : PartialDate.parse(published));
    }

    private static String only(String text, String published) {
        List<TimeExpression> t = find(text, published);
        assertThat(t).hasSize(1);
        TimeExpression e = t.get(0);
        return e.kind() + " " + e.from() + " " + e.to();
    }

    @Test
    void absoluteGermanExpressions() {
        assertThat(only("Das geschah im Mai 2002 in Minsk.", null)).isEqualTo("POINT 2002-05 2002-05");
        assertThat(only("Unterzeichnet am 15.05.1992.", null)).isEqualTo("POINT 1992-05-15 1992-05-15");
        assertThat(only("Anfang der 1990er Jahre zerfiel alles.", null)).isEqualTo("RANGE 1990 1993");
        assertThat(only("Der Streit dauerte 2021-2022 an.", null)).isEqualTo("RANGE 2021 2022");
        assertThat(only("Das war 1993 so.", null)).isEqualTo("POINT 1993 1993");
        assertThat(only("Er kam am 3. März 2020.", null)).isEqualTo("POINT 2020-03-03 2020-03-03");
    }

    @Test
    void sinceAndUntil() {
        assertThat(only("Die Lage ist seit 2022 angespannt.", null)).isEqualTo("SINCE 2022 null");
        assertThat(only("Er blieb bis Januar 2023 im Amt.", null)).isEqualTo("UNTIL null 2023-01");
    }

    @Test
    void relativeExpressionsResolveAgainstTheDocumentDate() {
        assertThat(only("Das war vor drei Jahren.", "2025-04")).isEqualTo("POINT 2022 2022");
        assertThat(only("Das Treffen im vergangenen Dezember war kurz.", "2025-10-16")).isEqualTo("POINT 2024-12 2024-12");
        assertThat(only("In den ersten zehn Monaten dieses Jahres wuchs der Handel.", "2024-12-01")).isEqualTo("RANGE 2024-01 2024-10");
        assertThat(only("Ende 2022 sank die Zahl.", null)).isEqualTo("POINT 2022 2022");
        assertThat(only("Im Januar kam es zu Unruhen.", "2022-03-28")).isEqualTo("POINT 2022-01 2022-01");
    }

    @Test
    void yesterdayAndNamedWeekdaysResolveAgainstTheDocumentsDay() {
        // 2024-05-08 was a Wednesday
        assertThat(only("Gestern trafen sich die Minister.", "2024-05-08")).isEqualTo("POINT 2024-05-07 2024-05-07");
        assertThat(only("The ministers met on Monday.", "2024-05-08")).isEqualTo("POINT 2024-05-06 2024-05-06");
        assertThat(only("Die Minister trafen sich am Mittwoch.", "2024-05-08")).isEqualTo("POINT 2024-05-08 2024-05-08");
        assertThat(only("Министры встретились в пятницу.", "2024-05-08")).isEqualTo("POINT 2024-05-03 2024-05-03");
        // a document dated to the month only leaves the day open; "среда" alone is as often the environment
        assertThat(find("The ministers met on Monday.", "2024-05")).hasSize(1).allMatch(e -> e.relative() && !e.resolved());
        assertThat(find("Экономическая среда изменилась.", "2024-05-08")).isEmpty();
    }

    @Test
    void relativeExpressionsStayUnresolvedWithoutADocumentDate() {
        List<TimeExpression> t = find("Im Januar, vor drei Jahren, im vergangenen Dezember.", null);
        assertThat(t).hasSize(3).allMatch(e -> e.relative() && !e.resolved());
    }

    @Test
    void coordinatedMonthsShareTheYear() {
        assertThat(find("vor den Treffen im März und Oktober 2019", null)).extracting(TimeExpression::date)
                .containsExactly(PartialDate.ofMonth(2019, 3), PartialDate.ofMonth(2019, 10));
    }

    @Test
    void englishExpressions() {
        assertThat(only("It happened in May 2002.", null)).isEqualTo("POINT 2002-05 2002-05");
        assertThat(only("Signed on May 15, 1992.", null)).isEqualTo("POINT 1992-05-15 1992-05-15");
        assertThat(only("Trade has grown since 2022.", null)).isEqualTo("SINCE 2022 null");
        assertThat(only("That was three years ago.", "2025-01")).isEqualTo("POINT 2022 2022");
        assertThat(only("We met last December.", "2025-10")).isEqualTo("POINT 2024-12 2024-12");
        assertThat(only("In the early 1990s it collapsed.", null)).isEqualTo("RANGE 1990 1993");
        assertThat(find("You may leave.", null)).isEmpty();
        // a day before the sentence's full stop is a day; one before a decimal point or a year is not this rule's
        assertThat(only("They met on October 14.", "2022-11-02")).isEqualTo("POINT 2022-10-14 2022-10-14");
        assertThat(find("Sales rose in May 14.5 percent.", "2022-11-02")).noneMatch(e -> e.from() != null && e.from().toString().equals("2022-05-14"));
    }

    @Test
    void russianExpressions() {
        assertThat(only("Это случилось в мае 2002 года.", null)).isEqualTo("POINT 2002-05 2002-05");
        assertThat(only("Договор подписан 15 мая 1992 года.", null)).isEqualTo("POINT 1992-05-15 1992-05-15");
        assertThat(only("Это было три года назад.", "2025-01")).isEqualTo("POINT 2022 2022");
        assertThat(only("Торговля растёт с 2022 года.", null)).isEqualTo("SINCE 2022 null");
    }
}
