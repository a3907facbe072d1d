package org.blocwatch.extract.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocwatch.extract.Extracted.bodies;

class FigureRulesTest {

    @Test
    void tradeBetweenTwoPartiesWithQualifierAndPeriod() {
        assertThat(bodies("Mittlerweile übersteigt der Warenaustausch zwischen Russland und den zentralasiatischen Staaten 40 Milliarden Dollar.", "de", "2024-06"))
                .containsExactly("{\"type\":\"trade\",\"between\":[\"RUS\",\"CENTRAL_ASIA\"],\"value\":40000000000,\"currency\":\"USD\",\"period\":\"doc\",\"qualifier\":\"more_than\"}");
        assertThat(bodies("Der Handel Russlands mit Belarus betrug 2021 rund 38 Milliarden Dollar."))
                .containsExactly("{\"type\":\"trade\",\"between\":[\"RUS\",\"BLR\"],\"value\":38000000000,\"currency\":\"USD\",\"period\":\"2021\",\"qualifier\":\"approx\"}");
        assertThat(bodies("Trade between Russia and China reached $240bn in 2023.", "en", null))
                .containsExactly("{\"type\":\"trade\",\"between\":[\"RUS\",\"CHN\"],\"value\":240000000000,\"currency\":\"USD\",\"period\":\"2023\",\"qualifier\":\"exact\"}");
    }

    @Test
    void aDemonymIsNoTradingParty() {
        assertThat(bodies("Der Handel Russlands wuchs 2023 um 5%, sagte der kasachische Minister.")).isEmpty();
    }

    @Test
    void organisationMembersAsAPartyAndAnUnresolvedPeriodLeftOpen() {
        assertThat(bodies("Fast 80 Milliarden US-Dollar Handelsvolumen in den ersten neun Monaten dieses Jahres – zwischen Russland und den GUS-Staaten."))
                .containsExactly("{\"type\":\"trade\",\"between\":[\"RUS\",\"members:CIS\"],\"value\":80000000000,\"currency\":\"USD\",\"qualifier\":\"approx\"}");
    }

    @Test
    void eachBetweenPairsWithTheNextGrowthFigure() {
        assertThat(bodies("2021 stieg der Warenumsatz zwischen Kyjiw und Minsk um 40%, zwischen Kyjiw und Astana um 20%."))
                .containsExactly("{\"type\":\"trade\",\"between\":[\"UKR\",\"BLR\"],\"value\":40,\"currency\":\"%\",\"measure\":\"growth\",\"period\":\"2021\",\"qualifier\":\"exact\"}",
                        "{\"type\":\"trade\",\"between\":[\"UKR\",\"KAZ\"],\"value\":20,\"currency\":\"%\",\"measure\":\"growth\",\"period\":\"2021\",\"qualifier\":\"exact\"}");
    }

    @Test
    void russianTrade() {
        assertThat(bodies("Товарооборот между Россией и Китаем превысил 200 млрд долларов в 2022 году.", "ru", null))
                .containsExactly("{\"type\":\"trade\",\"between\":[\"RUS\",\"CHN\"],\"value\":200000000000,\"currency\":\"USD\",\"period\":\"2022\",\"qualifier\":\"more_than\"}");
    }

    @Test
    void investmentFromTheStateBeforeToTheStateAfter() {
        assertThat(bodies("China ist aktiv bei Direktinvestitionen in Kasachstan (über 20 Milliarden US-Dollar seit 2005).", "de", "2023-09"))
                .containsExactly("{\"type\":\"investment\",\"from\":\"CHN\",\"to\":\"KAZ\",\"value\":20000000000,\"currency\":\"USD\",\"period\":\"2005/2023-09\",\"qualifier\":\"more_than\"}");
    }

    @Test
    void pollSharesOfAPeople() {
        assertThat(bodies("Ende 2021 unterstützten nur 30% der Kasachen die Idee, 45% waren dagegen."))
                .containsExactly("{\"type\":\"poll\",\"population\":\"KAZ\",\"value\":30,\"at\":\"2021\"}", "{\"type\":\"poll\",\"population\":\"KAZ\",\"value\":45,\"at\":\"2021\"}");
        assertThat(bodies("Die Inflation in Kasachstan lag bei 8%.")).isEmpty();
    }
}
