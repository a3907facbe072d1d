package org.blocwatch.extract.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocwatch.extract.Extracted.bodies;

class EventRulesTest {

    @Test
    void summitsArePlacedOrDated() {
        assertThat(bodies("Am GUS-Gipfel in Duschanbe nahmen Georgien und Belarus teil."))
                .contains("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"GEO\",\"BLR\"],\"org\":\"CIS\",\"place\":\"Dushanbe\"}");
        assertThat(bodies("Beim GUS-Gipfel in Duschanbe wurde Georgien scharf kritisiert."))
                .contains("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:CIS\"],\"org\":\"CIS\",\"place\":\"Dushanbe\"}");
        assertThat(bodies("Nach den OVKS-Gipfeltreffen im April und Oktober 2021 blieb es still."))
                .contains("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:CSTO\"],\"org\":\"CSTO\",\"date\":\"2021-04\"}",
                        "{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:CSTO\"],\"org\":\"CSTO\",\"date\":\"2021-10\"}");
        assertThat(bodies("Auf dem GUS-Gipfel wurde viel geredet.")).isEmpty();
        assertThat(bodies("Beim GUS-Gipfel in Duschanbe waren Belarus und Kasachstan anwesend, aber Georgien fehlte."))
                .contains("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"BLR\",\"KAZ\"],\"org\":\"CIS\",\"place\":\"Dushanbe\"}");
    }

    @Test
    void aLeaderWhoStaysAwayTakesHisStateWithHim() {
        assertThat(bodies("Президент Армении Никол Пашинян не приехал на саммит ОДКБ в Душанбе.", "ru", null))
                .contains("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:CSTO\"],\"org\":\"CSTO\",\"place\":\"Dushanbe\"}")
                .noneMatch(b -> b.contains("\"participants\":[\"ARM\"]"));
        assertThat(bodies("Pashinyan, tired of the alliance, was the only CSTO leader who did not attend the Dushanbe summit.", "en", null))
                .contains("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:CSTO\"],\"org\":\"CSTO\",\"place\":\"Dushanbe\"}")
                .noneMatch(b -> b.contains("\"participants\":[\"ARM\"]"));
        assertThat(bodies("Pashinyan and Tokayev attended the CSTO summit in Dushanbe.", "en", null))
                .contains("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"ARM\",\"KAZ\"],\"org\":\"CSTO\",\"place\":\"Dushanbe\"}");
    }

    @Test
    void theLeadersOfAnOrganisationMeetingAsABodyHoldASummit() {
        String sco = "{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:SCO\"],\"org\":\"SCO\",\"place\":\"Dushanbe\",\"date\":\"2021-09\"}";
        assertThat(bodies("The SCO heads of state met in Dushanbe in September 2021.", "en", null)).containsExactly(sco);
        assertThat(bodies("Die Staatschefs der SOZ trafen sich im September 2021 in Duschanbe.")).containsExactly(sco);
        assertThat(bodies("Главы государств ШОС встретились в Душанбе в сентябре 2021 года.", "ru", null)).containsExactly(sco);
        // one who meets the body is not all who came
        assertThat(bodies("Putin met the leaders of the SCO in Dushanbe in September 2021.", "en", null)).containsExactly(sco);
    }

    @Test
    void leadersWhoWillMeetDidNotMeetOrAreOneStatesHoldNoSummit() {
        assertThat(bodies("The CSTO leaders will meet in Moscow in 2025.", "en", null)).isEmpty();
        assertThat(bodies("The CSTO leaders did not meet in 2023.", "en", null)).isEmpty();
        assertThat(bodies("The presidents of Armenia and the CSTO met.", "en", null)).noneMatch(b -> b.contains("summit"));
    }

    @Test
    void aHostAloneIsNotAllWhoCameButATakingPartIs() {
        String members = "{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:SCO\"],\"org\":\"SCO\",\"place\":\"Dushanbe\",\"date\":\"2021-09\"}";
        assertThat(bodies("Tajikistan hosted the SCO summit in Dushanbe in September 2021.", "en", null)).containsExactly(members);
        assertThat(bodies("Таджикистан принял саммит ШОС в Душанбе в сентябре 2021 года.", "ru", null)).containsExactly(members);
        assertThat(bodies("Путин принял участие в саммите ШОС в Душанбе в сентябре 2021 года.", "ru", null))
                .containsExactly(members.replace("members:SCO", "RUS"));
    }

    @Test
    void aComingSummitOrMeetingIsNoReportOfOne() {
        assertThat(bodies("The next SCO summit takes place in Dushanbe.", "en", null)).isEmpty();
        assertThat(bodies("Der nächste GUS-Gipfel findet in Duschanbe statt.")).isEmpty();
        assertThat(bodies("Следующий саммит СНГ пройдёт в Душанбе.", "ru", null)).isEmpty();
        assertThat(bodies("Путин проведёт переговоры с Пашиняном в Душанбе.", "ru", null)).isEmpty();
        assertThat(bodies("Putin wird Paschinjan in Moskau treffen.")).isEmpty();
        // the same auxiliary with a participle is a passive, and what it reports stands
        assertThat(bodies("Das Abkommen wird in Moskau von Armenien und Belarus unterzeichnet."))
                .contains("{\"type\":\"event\",\"kind\":\"treaty_signing\",\"participants\":[\"ARM\",\"BLR\"],\"place\":\"Moscow\"}");
    }

    @Test
    void aSummitIsDatedByTheOneDateOfItsClauseAndAttendedByTheMembersItsNameLists() {
        assertThat(bodies("The CSTO summit in Dushanbe ended without a joint declaration in November 2022.", "en", null))
                .containsExactly("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:CSTO\"],\"org\":\"CSTO\",\"place\":\"Dushanbe\",\"date\":\"2022-11\"}");
        // a date of a relative clause, or two dates, leave the summit undated
        assertThat(bodies("The CSTO summit in Dushanbe, which Russia had proposed in 2019, ended without a declaration.", "en", null))
                .containsExactly("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:CSTO\"],\"org\":\"CSTO\",\"place\":\"Dushanbe\"}");
        assertThat(bodies("Die Tagung des Unionsstaates Russland und Belarus im Juni 2018 war kurz."))
                .containsExactlyInAnyOrder("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"RUS\",\"BLR\"],\"org\":\"UNION_STATE\",\"date\":\"2018-06\"}",
                        "{\"type\":\"membership\",\"subject\":\"RUS\",\"object\":\"UNION_STATE\",\"status\":\"member\"}",
                        "{\"type\":\"membership\",\"subject\":\"BLR\",\"object\":\"UNION_STATE\",\"status\":\"member\"}");
    }

    @Test
    void aCouncilSessionIsDatedAfterItsWholeName() {
        assertThat(bodies("Заседание Совета глав государств СНГ прошло в Душанбе 14 октября 2022 года.", "ru", null))
                .contains("{\"type\":\"event\",\"kind\":\"summit\",\"participants\":[\"members:CIS\"],\"org\":\"CIS\",\"place\":\"Dushanbe\",\"date\":\"2022-10-14\"}");
    }

    @Test
    void bilateralMeetingsAndPhoneCallsBetweenTwoStates() {
        assertThat(bodies("Tokajew traf Putin in Moskau.")).contains("{\"type\":\"event\",\"kind\":\"bilateral_meeting\",\"participants\":[\"KAZ\",\"RUS\"],\"place\":\"Moscow\"}");
        assertThat(bodies("Putin hatte mit Paschinjan telefoniert.")).contains("{\"type\":\"event\",\"kind\":\"phone_call\",\"participants\":[\"RUS\",\"ARM\"]}");
        assertThat(bodies("Putin spoke by phone with Tokayev.", "en", null)).contains("{\"type\":\"event\",\"kind\":\"phone_call\",\"participants\":[\"RUS\",\"KAZ\"]}");
        assertThat(bodies("Putin wollte Tokajew treffen.")).noneMatch(b -> b.contains("bilateral_meeting"));
    }

    @Test
    void twoNationalitiesJoinedBeforeTheFightingAreItsSides() {
        assertThat(bodies("Armenian-Azerbaijani border clashes killed dozens in 2022.", "en", null))
                .containsExactly("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"ARM\",\"AZE\"],\"date\":\"2022\"}");
        assertThat(bodies("Armenian and Azerbaijani border guards clashed in 2022.", "en", null))
                .containsExactly("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"ARM\",\"AZE\"],\"date\":\"2022\"}");
        assertThat(bodies("Die kirgisisch-tadschikischen Grenzkämpfe 2022 forderten Opfer."))
                .containsExactly("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"KGZ\",\"TJK\"],\"date\":\"2022\"}");
    }

    @Test
    void nationalitiesOfThoseWhoSpeakOfTheFightingAreNoSides() {
        assertThat(bodies("Armenian and Azerbaijani diplomats condemned the fighting in 2022.", "en", null)).isEmpty();
        assertThat(bodies("Armenian and Azerbaijani border guards met in 2022.", "en", null)).noneMatch(b -> b.contains("armed_clash"));
    }

    @Test
    void theStatesWhoseLeadersSignBesideTheSignerAreSignatories() {
        String three = "{\"type\":\"event\",\"kind\":\"treaty_signing\",\"participants\":[\"ARM\",\"KAZ\",\"RUS\"]}";
        assertThat(bodies("Putin signed the pact with the leaders of Armenia and Kazakhstan.", "en", null)).containsExactly(three);
        assertThat(bodies("Putin unterzeichnete das Abkommen mit den Präsidenten von Armenien und Kasachstan.")).containsExactly(three);
        assertThat(bodies("Путин подписал договор с лидерами Армении и Казахстана.", "ru", null)).containsExactly(three);
        assertThat(bodies("Putin met the leaders of Armenia and Kazakhstan.", "en", null)).noneMatch(b -> b.contains("treaty_signing"));
    }

    @Test
    void aPeacekeepingMandateExtendedIsTheMissionGoingOn() {
        String goesOn = "{\"type\":\"event\",\"kind\":\"intervention\",\"participants\":[\"CIS\",\"GEO\"],\"org\":\"CIS\",\"place\":\"Abkhazia\",\"outcome\":\"mandate extended\"}";
        assertThat(bodies("The CIS prolonged its peace-keeping mandate in Abkhazia.", "en", null)).contains(goesOn);
        assertThat(bodies("Die GUS verlängerte das Mandat der Friedenstruppen in Abchasien.")).containsExactly(goesOn);
        assertThat(bodies("СНГ продлило мандат миротворцев в Абхазии.", "ru", null)).containsExactly(goesOn);
        assertThat(bodies("The CIS did not extend the mandate of the peacekeepers in Abkhazia.", "en", null)).isEmpty();
        assertThat(bodies("The CIS extended the deadline for the talks on Abkhazia.", "en", null)).isEmpty();
    }

    @Test
    void aCeaseFireWrittenWithAHyphenIsACeasefire() {
        assertThat(bodies("Armenia and Azerbaijan agreed a cease-fire in 2020.", "en", null))
                .containsExactly("{\"type\":\"event\",\"kind\":\"treaty_signing\",\"participants\":[\"ARM\",\"AZE\"],\"date\":\"2020\",\"outcome\":\"ceasefire\"}");
        assertThat(bodies("Armenia and Azerbaijan agreed to cease fire talks in 2020.", "en", null)).noneMatch(b -> b.contains("ceasefire"));
    }

    @Test
    void aPairNamedBeforeTheWarWithBetweenAreItsSides() {
        assertThat(bodies("В 2020 году между Арменией и Азербайджаном шла война.", "ru", null))
                .containsExactly("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"ARM\",\"AZE\"],\"date\":\"2020\"}");
        assertThat(bodies("Между Арменией и Россией после войны испортились отношения.", "ru", null)).isEmpty();
        assertThat(bodies("Relations between Armenia and Russia worsened after the war.", "en", null)).isEmpty();
        assertThat(bodies("Zwischen Armenien und Russland wuchs nach dem Krieg das Misstrauen.")).isEmpty();
        assertThat(bodies("Zwischen Armenien und Aserbaidschan kam es im September 2022 erneut zu schweren Kämpfen."))
                .containsExactly("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"ARM\",\"AZE\"],\"date\":\"2022-09\"}");
        assertThat(bodies("Zwischen Armenien und Russland kam es nach dem Krieg zu Streit.")).isEmpty();
    }

    @Test
    void askingForAnInterventionIsARequestForAssistance() {
        String refused = "{\"type\":\"event\",\"kind\":\"assistance_request\",\"participants\":[\"KGZ\",\"CSTO\"],\"org\":\"CSTO\",\"date\":\"2010\",\"outcome\":\"refused\"}";
        assertThat(bodies("В 2010 году Киргизия просила ОДКБ о вмешательстве, но получила отказ.", "ru", null)).containsExactly(refused);
        assertThat(bodies("In 2010 Kyrgyzstan asked the CSTO for an intervention, but was refused.", "en", null)).containsExactly(refused);
        assertThat(bodies("In 2010 Kyrgyzstan condemned the CSTO intervention.", "en", null)).noneMatch(b -> b.contains("assistance_request"));
    }

    @Test
    void callingAPersonIsAPhoneCallButCallingOnOrNamingIsNot() {
        assertThat(bodies("Putin called Pashinyan to discuss the border.", "en", null))
                .containsExactly("{\"type\":\"event\",\"kind\":\"phone_call\",\"participants\":[\"RUS\",\"ARM\"]}");
        assertThat(bodies("Putin called Pashinyan a friend.", "en", null)).isEmpty();
        assertThat(bodies("Putin called on Armenia to stay.", "en", null)).isEmpty();
        assertThat(bodies("Putin called the summit a success.", "en", null)).isEmpty();
    }

    @Test
    void armedClashNeedsTwoSides() {
        assertThat(bodies("Der Angriff Aserbaidschans auf Armenien im Jahr 2020 kam überraschend."))
                .contains("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"AZE\",\"ARM\"],\"date\":\"2020\"}");
        assertThat(bodies("Es gab bewaffnete Auseinandersetzungen zwischen Kirgisistan und Tadschikistan 2021-2022."))
                .contains("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"KGZ\",\"TJK\"],\"date\":\"2021\"}");
        assertThat(bodies("The war between Armenia and Azerbaijan ended.", "en", null)).contains("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"ARM\",\"AZE\"]}");
        assertThat(bodies("Нападение России на Украину осудили.", "ru", null)).contains("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"RUS\",\"UKR\"]}");
        assertThat(bodies("Es gab nur eine kriegerische Auseinandersetzung zwischen den Nachbarn, und zwar zwischen der Ukraine und Belarus."))
                .contains("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"UKR\",\"BLR\"]}");
        assertThat(bodies("Es gab mehrere Konflikte zwischen den Nachbarn. Georgien gegen Armenien in Osch, und Belarus gegen Moldau."))
                .contains("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"GEO\",\"ARM\"],\"place\":\"Osh\"}",
                        "{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"BLR\",\"MDA\"]}");
        assertThat(bodies("Im Finale spielte Georgien gegen Armenien.")).isEmpty();
        assertThat(bodies("В мае 2021 года на границе Киргизии и Таджикистана вспыхнули столкновения.", "ru", null))
                .contains("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"KGZ\",\"TJK\"],\"date\":\"2021-05\"}");
        assertThat(bodies("Russland und Belarus verurteilten die Kämpfe in Georgien.")).as("the two condemn, they do not fight")
                .noneMatch(b -> b.contains("armed_clash"));
        assertThat(bodies("Es kam zu bewaffneten Auseinandersetzungen zwischen Georgien und Armenien in Aserbaidschan."))
                .contains("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"GEO\",\"ARM\"]}");
        assertThat(bodies("Das ist möglicherweise eine Folge des russischen Angriffs auf die Ukraine."))
                .contains("{\"type\":\"event\",\"kind\":\"armed_clash\",\"participants\":[\"RUS\",\"UKR\"]}");
        assertThat(bodies("Armenien hat sich vom russischen Krieg distanziert. Seit Kriegsbeginn schweigt Kasachstan.")).isEmpty();
        assertThat(bodies("Ein Krieg zwischen Armenien und Georgien wird nicht kommen.")).isEmpty();
    }

    @Test
    void interventionsDeployIntoAHost() {
        assertThat(bodies("Im Januar 2020 wurden die OVKS-Truppen in Kirgisistan eingesetzt."))
                .contains("{\"type\":\"event\",\"kind\":\"intervention\",\"participants\":[\"CSTO\",\"KGZ\"],\"org\":\"CSTO\",\"place\":\"Kyrgyzstan\",\"date\":\"2020-01\"}");
        assertThat(bodies("Putin schloss einen OVKS-Truppeneinmarsch in Kirgisistan aus.")).noneMatch(b -> b.contains("intervention"));
    }

    @Test
    void exercisesWithTheirOutcome() {
        assertThat(bodies("Die georgischen Streitkräfte nahmen an den OVKS-Militärübungen nicht teil."))
                .contains("{\"type\":\"event\",\"kind\":\"exercise\",\"participants\":[\"GEO\"],\"org\":\"CSTO\",\"outcome\":\"boycotted\"}");
        assertThat(bodies("Die Absage der OVKS-Militärübung in Armenien im Mai 2019 überraschte."))
                .contains("{\"type\":\"event\",\"kind\":\"exercise\",\"participants\":[\"ARM\"],\"org\":\"CSTO\",\"place\":\"Armenia\",\"date\":\"2019-05\",\"outcome\":\"cancelled\"}");
    }

    @Test
    void treatySignings() {
        assertThat(bodies("Das Abkommen über Grenzschutz der OVKS wurde im März 2005 unterzeichnet."))
                .contains("{\"type\":\"event\",\"kind\":\"treaty_signing\",\"participants\":[\"members:CSTO\"],\"org\":\"CSTO\",\"date\":\"2005-03\"}");
        assertThat(bodies("Armenien hat die Erklärung der OVKS nicht unterzeichnet.")).noneMatch(b -> b.contains("treaty_signing"));
        assertThat(bodies("Die OVKS ist alt. Es wäre ein Bruch gewesen, wenn Moskau das 1992 geschlossene Bündnis aufgegeben hätte."))
                .contains("{\"type\":\"event\",\"kind\":\"treaty_signing\",\"participants\":[\"members:CSTO\"],\"org\":\"CSTO\",\"date\":\"1992\"}");
    }

    @Test
    void assistanceRequestsAndTheirRefusal() {
        assertThat(bodies("Tokajew bat die OVKS um Hilfe."))
                .contains("{\"type\":\"event\",\"kind\":\"assistance_request\",\"participants\":[\"KAZ\",\"CSTO\"],\"org\":\"CSTO\"}");
        assertThat(bodies("Die Zurückweisung der Bitte Armeniens um Hilfe durch die OVKS und Russland war ein Schock."))
                .contains("{\"type\":\"event\",\"kind\":\"assistance_request\",\"participants\":[\"ARM\",\"CSTO\",\"RUS\"],\"org\":\"CSTO\",\"outcome\":\"refused\"}");
    }

    @Test
    void unrestInAStateOrACity() {
        assertThat(bodies("Während der Massenunruhen in Kasachstan im Januar 2022 griff die OVKS ein."))
                .contains("{\"type\":\"event\",\"kind\":\"unrest\",\"participants\":[\"KAZ\"],\"place\":\"Kazakhstan\",\"date\":\"2022-01\"}");
        assertThat(bodies("Die Unruhen in Osch 2010 wurden niedergeschlagen."))
                .contains("{\"type\":\"event\",\"kind\":\"unrest\",\"participants\":[\"KGZ\"],\"place\":\"Osh\",\"date\":\"2010\",\"outcome\":\"suppressed\"}");
        assertThat(bodies("Protests in Belarus grew in 2020.", "en", null))
                .contains("{\"type\":\"event\",\"kind\":\"unrest\",\"participants\":[\"BLR\"],\"place\":\"Belarus\",\"date\":\"2020\"}");
    }
}
