package org.blocwatch.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void keepsThePrecisionTheSourceGave() {
        assertThat(PartialDate.parse("1999").precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("1999-04").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("1999-04-02").precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(PartialDate.parse(" 2024-02 ").toString()).isEqualTo("2024-02");
    }

    @Test
    void coarseDatesSpanTheirWholePeriod() {
        PartialDate feb = PartialDate.parse("2024-02");
        assertThat(feb.earliest()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(feb.latest()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2023").latest()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(feb.covers(LocalDate.of(2024, 2, 15))).isTrue();
        assertThat(feb.covers(LocalDate.of(2024, 3, 1))).isFalse();
    }

    @Test
    void ordersByTheFirstPossibleDayThenByTheLast() {
        assertThat(PartialDate.parse("1999")).isLessThan(PartialDate.parse("1999-01-02"));
        assertThat(PartialDate.parse("1999-01-01")).isLessThan(PartialDate.parse("1999"));
        assertThat(PartialDate.parse("1998-12-31")).isLessThan(PartialDate.parse("1999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "99", "1999-4", "1999/04/02", "2023-02-30", "2023-13", "1999-04-02T00:00", "yesterday"})
    void rejectsMalformedDatesNamingTheText(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(MalformedDateException.class)
                .hasMessageContaining(text.isEmpty() ? "date" : text);
    }
}
