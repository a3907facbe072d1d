package org.blocwatch.extract.amount;

import org.blocwatch.model.Qualifier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AmountRecognizerTest {

    private static Amount only(String text, String lang) {
        List<Amount> a = AmountRecognizer.find(text, 0, text.length(), lang);
        assertThat(a).hasSize(1);
        return a.get(0);
    }

    @Test
    void germanMoneyWithQualifiers() {
        Amount a = only("Fast 90 Milliarden US-Dollar wurden umgesetzt.", "de");
        assertThat(a.value()).isEqualByComparingTo(new BigDecimal("90000000000"));
        assertThat(a.unit()).isEqualTo("USD");
        assertThat(a.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(only("Es waren über 62 Milliarden Dollar.", "de").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("Es waren rund 3,5 Millionen Euro.", "de").value()).isEqualByComparingTo(new BigDecimal("3500000"));
        assertThat(only("Es waren weniger als 2 Milliarden Dollar.", "de").qualifier()).isEqualTo(Qualifier.LESS_THAN);
    }

    @Test
    void aVerbOfExceedingMakesTheFigureALowerBound() {
        assertThat(only("Der Handel hat bereits 50 Milliarden Dollar überschritten.", "de").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("Der Handel übersteigt 45 Milliarden Dollar.", "de").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("Der Handel betrug 45 Milliarden Dollar.", "de").qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void englishAndRussianMoney() {
        Amount a = only("Trade reached $45bn last year.", "en");
        assertThat(a.value()).isEqualByComparingTo(new BigDecimal("45000000000"));
        assertThat(only("Trade was nearly 1,500 million dollars.", "en").value()).isEqualByComparingTo(new BigDecimal("1500000000"));
        Amount r = only("Товарооборот составил 45 млрд долларов.", "ru");
        assertThat(r.value()).isEqualByComparingTo(new BigDecimal("45000000000"));
        assertThat(r.unit()).isEqualTo("USD");
        assertThat(only("Объём превысил 10 млрд долларов.", "ru").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    }

    @Test
    void percentagesAndChanges() {
        Amount growth = only("Der Umsatz stieg um 50% im Vergleich zum Vorjahr.", "de");
        assertThat(growth.isPercent()).isTrue();
        assertThat(growth.change()).isTrue();
        Amount level = only("Nur 39 Prozent stimmten zu.", "de");
        assertThat(level.change()).isFalse();
        assertThat(level.value()).isEqualByComparingTo("39");
        assertThat(only("Exports grew by 12.5 percent.", "en").change()).isTrue();
    }

    @Test
    void numbersWithoutCurrencyAreNotMoney() {
        String text = "Es kamen 3000 Soldaten.";
        assertThat(AmountRecognizer.find(text, 0, text.length(), "de")).isEmpty();
    }
}
