package org.blocwatch.extract.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocwatch.extract.Extracted.bodies;

/** Sentences in the manner of English and Russian wire reports, one per pattern. */
class EnglishAndRussianNewsTest {

    @Test
    void officesAndAMeetingInOneSentence() {
        assertThat(bodies("Kazakhstan's President Kassym-Jomart Tokayev met Russian President Vladimir Putin in Moscow on Tuesday.", "en", "2024-05-07"))
                .contains("{\"type\":\"office\",\"person\":\"person:kassym-jomart-tokayev\",\"role\":\"head_of_state\",\"of\":\"KAZ\",\"at\":\"doc\",\"at_resolved\":\"2024-05-07\"}",
                        "{\"type\":\"office\",\"person\":\"person:vladimir-putin\",\"role\":\"head_of_state\",\"of\":\"RUS\",\"at\":\"doc\",\"at_resolved\":\"2024-05-07\"}",
                        "{\"type\":\"event\",\"kind\":\"bilateral_meeting\",\"participants\":[\"KAZ\",\"RUS\"],\"place\":\"Moscow\",\"date\":\"2024-05-07\"}");
    }

    @Test
    void frozenParticipationAndWithdrawal() {
        assertThat(bodies("Armenia has frozen its participation in the CSTO.", "en", "2024-02-23"))
                .containsExactly("{\"type\":\"membership\",\"subject\":\"ARM\",\"object\":\"CSTO\",\"status\":\"suspended\",\"at\":\"doc\",\"at_resolved\":\"2024-02-23\"}");
        assertThat(bodies("Uzbekistan left the CSTO in 2012.", "en", null))
                .containsExactly("{\"type\":\"membership\",\"subject\":\"UZB\",\"object\":\"CSTO\",\"status\":\"member\",\"to\":\"2012\"}");
    }

    @Test
    void becomingAMemberAndPullingOut() {
        assertThat(bodies("Belarus became a full member of the SCO in July 2024.", "en", null))
                .containsExactly("{\"type\":\"membership\",\"subject\":\"BLR\",\"object\":\"SCO\",\"status\":\"member\",\"from\":\"2024-07\"}");
        assertThat(bodies("Georgia pulled out of the CIS in 2009.", "en", null))
                .containsExactly("{\"type\":\"membership\",\"subject\":\"GEO\",\"object\":\"CIS\",\"status\":\"member\",\"to\":\"2009\"}");
        assertThat(bodies("Im Juli 2024 wurde Belarus Vollmitglied der SOZ."))
                .containsExactly("{\"type\":\"membership\",\"subject\":\"BLR\",\"object\":\"SCO\",\"status\":\"member\",\"from\":\"2024-07\"}");
    }

    @Test
    void anUnknownSecretaryGeneral() {
        assertThat(bodies("Secretary-General of the CSTO Imangali Tasmagambetov warned of new risks.", "en", null))
                .containsExactly("{\"type\":\"office\",\"person\":\"person:imangali-tasmagambetov\",\"role\":\"secretary_general\",\"of\":\"CSTO\",\"at\":\"doc\"}");
    }

    @Test
    void aDatelineIsNoActorAndTheSubjectIsNearestTheVerb() {
        assertThat(bodies("ASTANA — Leaders of the CSTO met in Astana for their summit, but Armenia, which froze its participation in the bloc, did not come.",
                "en", "2024-11-14"))
                .contains("{\"type\":\"membership\",\"subject\":\"ARM\",\"object\":\"CSTO\",\"status\":\"suspended\",\"at\":\"doc\",\"at_resolved\":\"2024-11-14\"}")
                .noneMatch(b -> b.contains("KAZ"));
    }

    @Test
    void anAttackOnAState() {
        assertThat(bodies("In September 2022 Azerbaijani forces attacked Armenian territory.", "en", null))
                .contains("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"AZE\",\"ARM\"],\"date\":\"2022-09\"}");
    }

    @Test
    void aPronounStandsForThePersonLastNamed() {
        assertThat(bodies("Putin kam am Montag an. Danach hatte er mit dem armenischen Premierminister telefoniert."))
                .anyMatch(b -> b.startsWith("{\"type\":\"event\",\"kind\":\"phone_call\"") && b.contains("\"ARM\"") && b.contains("\"RUS\""));
    }

    @Test
    void aBlocIncludesStatesAndDrillsAreCalledOff() {
        assertThat(bodies("The CSTO is led by Russia. The bloc also includes Armenia, Belarus and Kazakhstan.", "en", null))
                .contains("{\"type\":\"membership\",\"subject\":\"ARM\",\"object\":\"CSTO\",\"status\":\"member\",\"at\":\"doc\"}",
                        "{\"type\":\"membership\",\"subject\":\"KAZ\",\"object\":\"CSTO\",\"status\":\"member\",\"at\":\"doc\"}");
        assertThat(bodies("В ОДКБ входят Армения и Беларусь.", "ru", null))
                .contains("{\"type\":\"membership\",\"subject\":\"ARM\",\"object\":\"CSTO\",\"status\":\"member\",\"at\":\"doc\"}");
        assertThat(bodies("Kyrgyzstan called off CSTO drills planned with Tajikistan.", "en", null))
                .containsExactly("{\"type\":\"event\",\"kind\":\"exercise\",\"participants\":[\"KGZ\"],\"org\":\"CSTO\",\"outcome\":\"cancelled\"}");
    }

    @Test
    void aGrowthRateAndALevelForOnePair() {
        assertThat(bodies("Turnover between Russia and Kyrgyzstan grew by 37% to $3.7 billion in 2022.", "en", null))
                .containsExactly("{\"type\":\"trade\",\"between\":[\"RUS\",\"KGZ\"],\"value\":37,\"currency\":\"%\",\"measure\":\"growth\",\"period\":\"2022\",\"qualifier\":\"exact\"}",
                        "{\"type\":\"trade\",\"between\":[\"RUS\",\"KGZ\"],\"value\":3700000000,\"currency\":\"USD\",\"period\":\"2022\",\"qualifier\":\"exact\"}");
    }

    @Test
    void tradeGrowthWithoutBy() {
        assertThat(bodies("Trade between Russia and China rose 26% in 2023.", "en", null))
                .containsExactly("{\"type\":\"trade\",\"between\":[\"RUS\",\"CHN\"],\"value\":26,\"currency\":\"%\",\"measure\":\"growth\",\"period\":\"2023\",\"qualifier\":\"exact\"}");
    }

    @Test
    void troopsEnteringAState() {
        assertThat(bodies("Russian troops entered Kazakhstan in January 2022.", "en", null))
                .contains("{\"type\":\"event\",\"kind\":\"intervention\",\"participants\":[\"RUS\",\"KAZ\"],\"place\":\"Kazakhstan\",\"date\":\"2022-01\"}");
    }

    @Test
    void russianOfficeWithInflectedNames() {
        assertThat(bodies("Президент России Владимир Путин провёл переговоры с президентом Казахстана Токаевым.", "ru", null))
                .contains("{\"type\":\"office\",\"person\":\"person:vladimir-putin\",\"role\":\"head_of_state\",\"of\":\"RUS\",\"at\":\"doc\"}",
                        "{\"type\":\"office\",\"person\":\"person:kassym-jomart-tokayev\",\"role\":\"head_of_state\",\"of\":\"KAZ\",\"at\":\"doc\"}");
    }

    @Test
    void russianMembershipAndSummit() {
        assertThat(bodies("Армения заморозила участие в ОДКБ.", "ru", "2024-03-01"))
                .containsExactly("{\"type\":\"membership\",\"subject\":\"ARM\",\"object\":\"CSTO\",\"status\":\"suspended\",\"at\":\"doc\",\"at_resolved\":\"2024-03-01\"}");
        assertThat(bodies("Саммит СНГ прошёл в Душанбе в октябре 2025 года.", "ru", null))
                .contains("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:CIS\"],\"org\":\"CIS\",\"place\":\"Dushanbe\",\"date\":\"2025-10\"}");
    }
}
