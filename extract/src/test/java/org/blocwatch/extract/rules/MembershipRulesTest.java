package org.blocwatch.extract.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocwatch.extract.Extracted.bodies;

class MembershipRulesTest {

    private static String standing(String subject, String object, String status, String dates) {
        return "{\"type\":\"membership\",\"subject\":\"" + subject + "\",\"object\":\"" + object + "\",\"status\":\"" + status + "\"" + dates + "}";
    }

    private static String member(String subject, String object, String dates) { return standing(subject, object, "member", dates); }

    @Test
    void aListOfCurrentMembersGivesOneClaimPerState() {
        assertThat(bodies("Die Gemeinschaft Unabhängiger Staaten wurde 1991 gegründet. Vollmitglieder der Gemeinschaft sind heute Georgien, Belarus und Usbekistan."))
                .contains(member("GEO", "CIS", ",\"at\":\"doc\""), member("BLR", "CIS", ",\"at\":\"doc\""), member("UZB", "CIS", ",\"at\":\"doc\""));
        assertThat(bodies("Armenia and Belarus are members of the CSTO.", "en", null))
                .contains(member("ARM", "CSTO", ",\"at\":\"doc\""), member("BLR", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Kasachstan ist kein Mitglied der SOZ.")).isEmpty();
    }

    @Test
    void statesBesideMemberStatesAreMembers() {
        assertThat(bodies("Kein anderer OVKS-Mitgliedsstaat außer Armenien hat protestiert.")).containsExactly(member("ARM", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Kein OVKS-Mitgliedsstaat hat die Grenzen der Ukraine bestritten.")).isEmpty();
        assertThat(bodies("Russland warf den OVKS-Mitgliedsstaaten Untätigkeit vor.")).isEmpty();
    }

    @Test
    void statesListedRightAfterAnOrganisationsNameAreItsMembers() {
        assertThat(bodies("Der Haushalt des Unionsstaates Russland und Belarus wächst."))
                .containsExactlyInAnyOrder(member("RUS", "UNION_STATE", ",\"at\":\"doc\""), member("BLR", "UNION_STATE", ",\"at\":\"doc\""));
        assertThat(bodies("The Union State of Russia and Belarus has its own budget.", "en", null))
                .containsExactlyInAnyOrder(member("RUS", "UNION_STATE", ",\"at\":\"doc\""), member("BLR", "UNION_STATE", ",\"at\":\"doc\""));
        assertThat(bodies("Бюджет Союзного государства России и Беларуси вырос.", "ru", null))
                .containsExactlyInAnyOrder(member("RUS", "UNION_STATE", ",\"at\":\"doc\""), member("BLR", "UNION_STATE", ",\"at\":\"doc\""));
    }

    @Test
    void statesNearAnOrganisationsNameButNotListedAfterItAreNoMembers() {
        assertThat(bodies("Der Unionsstaat hat Russland und Belarus Geld geliehen.")).isEmpty();
        assertThat(bodies("Die Verträge des Unionsstaates Russland gelten weiter.")).isEmpty();
        assertThat(bodies("Einen Unionsstaat Russland und Kasachstan gibt es nicht.")).isEmpty();
        assertThat(bodies("Kasachstan, der Unionsstaat, Armenien und Russland verhandeln.")).isEmpty();
    }

    @Test
    void anApplicationToJoinMakesAnApplicantFromItsDate() {
        assertThat(bodies("Usbekistan beantragte 2005 den Beitritt zur SOZ.")).containsExactly(standing("UZB", "SCO", "applicant", ",\"from\":\"2005\""));
        assertThat(bodies("Armenien hat die Mitgliedschaft in der SOZ beantragt.")).containsExactly(standing("ARM", "SCO", "applicant", ",\"at\":\"doc\""));
        assertThat(bodies("Armenia has applied for membership in the SCO.", "en", null)).containsExactly(standing("ARM", "SCO", "applicant", ",\"at\":\"doc\""));
        assertThat(bodies("Georgia's application to join the CSTO was filed in 2008.", "en", null)).containsExactly(standing("GEO", "CSTO", "applicant", ",\"from\":\"2008\""));
        assertThat(bodies("Georgia became an SCO candidate in 2008.", "en", null)).containsExactly(standing("GEO", "SCO", "applicant", ",\"from\":\"2008\""));
        assertThat(bodies("Узбекистан подал заявку на вступление в ШОС в 2005 году.", "ru", null)).containsExactly(standing("UZB", "SCO", "applicant", ",\"from\":\"2005\""));
    }

    @Test
    void aWithdrawnDeniedOrIntendedApplicationOrOneForAnotherStandingClaimsNothing() {
        assertThat(bodies("Georgia withdrew its application to join the CSTO.", "en", null)).isEmpty();
        assertThat(bodies("Georgia does not want to apply for CSTO membership.", "en", null)).isEmpty();
        assertThat(bodies("Armenia applied for observer status in the SCO in 2009.", "en", null)).isEmpty();
        assertThat(bodies("Georgien zog den Antrag auf Aufnahme in die OVKS zurück.")).isEmpty();
        assertThat(bodies("Die Ukraine hat keinen Beitrittsantrag bei der OVKS gestellt.")).isEmpty();
        assertThat(bodies("Грузия отозвала заявку на вступление в ОДКБ.", "ru", null)).isEmpty();
    }

    @Test
    void anApplicationIsItsOwnersOrItsSubmittersNotTheSubjectOfAnotherVerb() {
        String geo = standing("GEO", "CSTO", "applicant", ",\"at\":\"doc\"");
        assertThat(bodies("Russia criticised the application of Georgia to join the CSTO.", "en", null)).containsExactly(geo);
        assertThat(bodies("Russia opposes Georgia's bid to join the CSTO.", "en", null)).containsExactly(geo);
        assertThat(bodies("Россия раскритиковала заявку Грузии на вступление в ОДКБ.", "ru", null)).containsExactly(geo);
        assertThat(bodies("Georgia submitted an application to join the CSTO in 2008.", "en", null))
                .containsExactly(standing("GEO", "CSTO", "applicant", ",\"from\":\"2008\""));
        assertThat(bodies("Russia criticised the application to join the CSTO.", "en", null)).isEmpty();
    }

    @Test
    void statesListedInARelativeClauseOfIncludingAreMembers() {
        assertThat(bodies("Die OVKS, der Armenien, Belarus und Kasachstan angehören, will wachsen."))
                .containsExactlyInAnyOrder(member("ARM", "CSTO", ",\"at\":\"doc\""), member("BLR", "CSTO", ",\"at\":\"doc\""), member("KAZ", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Die OVKS, der Armenien, Belarus und Kasachstan einst angehören wollten, ist klein.")).isEmpty();
    }

    @Test
    void aStandingInAppositionMayCarryItsOrganisationBeforeTheNoun() {
        assertThat(bodies("Armenia and Belarus, both CSTO members, stayed silent.", "en", null))
                .containsExactlyInAnyOrder(member("ARM", "CSTO", ",\"at\":\"doc\""), member("BLR", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Armenien und Belarus, beide OVKS-Mitglieder, schwiegen."))
                .containsExactlyInAnyOrder(member("ARM", "CSTO", ",\"at\":\"doc\""), member("BLR", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Член ОДКБ Армения провела учения.", "ru", null)).contains(member("ARM", "CSTO", ",\"at\":\"doc\""));
    }

    @Test
    void aNounGovernedByAPrepositionIsNoApposition() {
        assertThat(bodies("Armenia, unlike the CSTO members, protested.", "en", null)).isEmpty();
        assertThat(bodies("Armenia, unlike the members of the CSTO, protested.", "en", null)).isEmpty();
        assertThat(bodies("Armenien protestierte, anders als die OVKS-Mitglieder, sofort.")).isEmpty();
    }

    @Test
    void aStandingReceivedIsHeldFromItsDateWhateverTheArticlesCase() {
        assertThat(bodies("Belarus erhielt 2015 den Beobachterstatus in der SOZ."))
                .containsExactly(standing("BLR", "SCO", "observer", ",\"from\":\"2015\""));
        assertThat(bodies("Belarus erhielt den Beobachterstatus in der SOZ nicht.")).isEmpty();
        assertThat(bodies("Belarus erhielt 2015 den Bericht der Beobachter aus der SOZ.")).isEmpty();
    }

    @Test
    void beingPartOfOrOneOfTheMembersOrFoundersIsMembership() {
        assertThat(bodies("Armenia is part of the CSTO.", "en", null)).containsExactly(member("ARM", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Armenien ist Teil der OVKS.")).containsExactly(member("ARM", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Tajikistan is one of the six members of the CSTO.", "en", null)).containsExactly(member("TJK", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Таджикистан является одним из шести членов ОДКБ.", "ru", null)).containsExactly(member("TJK", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Казахстан, один из основателей ШОС, принял гостей.", "ru", null)).containsExactly(member("KAZ", "SCO", ",\"at\":\"doc\""));
    }

    @Test
    void aPartOfSomethingElseOrTalkingToOneOfTheMembersIsNoMembership() {
        assertThat(bodies("Die Frage ist Teil der Verhandlungen mit Armenien.")).isEmpty();
        assertThat(bodies("Tajikistan spoke to one of the members of the CSTO.", "en", null)).isEmpty();
    }

    @Test
    void aSeparableVerbOfSuspendingSuspendsFromItsDate() {
        assertThat(bodies("Usbekistan setzte 2012 seine Mitgliedschaft in der OVKS aus."))
                .containsExactly(standing("UZB", "CSTO", "suspended", ",\"from\":\"2012\""));
        assertThat(bodies("Usbekistan setzte seine Mitgliedschaft in der OVKS nicht aus.")).isEmpty();
        assertThat(bodies("Usbekistan setzte 2012 auf die OVKS.")).isEmpty();
    }

    @Test
    void aStateNamedWithItsAlliesInAnOrganisationIsAMember() {
        String rus = member("RUS", "CSTO", ",\"at\":\"doc\"");
        assertThat(bodies("Kazakhstan and its partners in the CSTO gathered in Minsk.", "en", null)).containsExactly(member("KAZ", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Russia's CSTO allies stayed silent.", "en", null)).containsExactly(rus);
        assertThat(bodies("The allies of Russia in the CSTO stayed silent.", "en", null)).containsExactly(rus);
        assertThat(bodies("Russland und seine OVKS-Verbündeten führten Gespräche.")).containsExactly(rus);
        assertThat(bodies("Die Verbündeten Russlands in der OVKS schwiegen.")).containsExactly(rus);
        assertThat(bodies("Союзники России по ОДКБ промолчали.", "ru", null)).containsExactly(rus);
        // a number joined to a noun before the name: "the six-nation CSTO"
        assertThat(bodies("Kazakhstan and its allies in the six-nation CSTO gathered.", "en", null)).containsExactly(member("KAZ", "CSTO", ",\"at\":\"doc\""));
    }

    @Test
    void formerAlliesDialoguePartnersAndAlliesOfNoOrganisationMakeNoMember() {
        assertThat(bodies("Russia and its former allies in the CSTO quarrelled.", "en", null)).isEmpty();
        assertThat(bodies("China and its dialogue partners in the SCO met.", "en", null)).isEmpty();
        assertThat(bodies("Russland und seine Partner trafen sich in Minsk.")).isEmpty();
        assertThat(bodies("Россия и её бывшие союзники по ОДКБ поссорились.", "ru", null)).isEmpty();
    }

    @Test
    void aDatedWithdrawalOrReturnNamedByANounEndsOrStartsMembership() {
        assertThat(bodies("The withdrawal of Georgia from the CIS in 2009 followed the war.", "en", null)).containsExactly(member("GEO", "CIS", ",\"to\":\"2009\""));
        assertThat(bodies("Nach dem Austritt Georgiens aus der GUS 2009 blieb alles ruhig.")).containsExactly(member("GEO", "CIS", ",\"to\":\"2009\""));
        assertThat(bodies("После выхода Узбекистана из ОДКБ в 2012 году организация ослабла.", "ru", null)).containsExactly(member("UZB", "CSTO", ",\"to\":\"2012\""));
        assertThat(bodies("Uzbekistan's return to the CSTO in 2006 surprised many.", "en", null)).containsExactly(member("UZB", "CSTO", ",\"from\":\"2006\""));
    }

    @Test
    void anUndatedDebatedWithdrawalOrAnExitOfTroopsIsNone() {
        assertThat(bodies("Georgia debated its withdrawal from the CIS.", "en", null)).isEmpty();
        assertThat(bodies("The exit of Russian troops from Armenia in 2009 was quiet.", "en", null)).isEmpty();
        assertThat(bodies("Выход из кризиса в 2012 году обсуждали в ОДКБ.", "ru", null)).isEmpty();
        // the subject of another verb before the noun does not own it
        assertThat(bodies("Россия осудила выход из СНГ в 2009 году.", "ru", null)).isEmpty();
        assertThat(bodies("Россия приветствовала вступление в ШОС в 2017 году.", "ru", null)).isEmpty();
    }

    @Test
    void aStateAnnouncingItsWithdrawalWithdraws() {
        assertThat(bodies("Узбекистан заявил о выходе из ОДКБ в 2012 году.", "ru", null)).containsExactly(member("UZB", "CSTO", ",\"to\":\"2012\""));
        assertThat(bodies("Uzbekistan announced its withdrawal from the CSTO in 2012.", "en", null)).containsExactly(member("UZB", "CSTO", ",\"to\":\"2012\""));
    }

    @Test
    void becomingAnAssociateMemberInAnyLanguage() {
        String tkm = standing("TKM", "CIS", "associate", ",\"from\":\"2005\"");
        assertThat(bodies("Туркмения стала ассоциированным членом СНГ в 2005 году.", "ru", null)).containsExactly(tkm);
        assertThat(bodies("Туркмения в 2005 году перешла в статус ассоциированного члена СНГ.", "ru", null)).containsExactly(tkm);
        assertThat(bodies("Turkmenistan became an associate member of the CIS in 2005.", "en", null)).containsExactly(tkm);
    }

    @Test
    void participatingStatesAreMemberStatesButSummitParticipantsAreNot() {
        assertThat(bodies("Государства-участники СНГ: Армения, Беларусь и Казахстан.", "ru", null))
                .containsExactlyInAnyOrder(member("ARM", "CIS", ",\"at\":\"doc\""), member("BLR", "CIS", ",\"at\":\"doc\""), member("KAZ", "CIS", ",\"at\":\"doc\""));
        assertThat(bodies("Участники саммита поспорили с Арменией о ценах.", "ru", null)).isEmpty();
        assertThat(bodies("Государства-члены ОДКБ Армения и Беларусь выступили против.", "ru", null))
                .containsExactlyInAnyOrder(member("ARM", "CSTO", ",\"at\":\"doc\""), member("BLR", "CSTO", ",\"at\":\"doc\""));
    }

    @Test
    void aColonAfterTheVerbOfIncludingOpensTheListOfMembers() {
        assertThat(bodies("В ОДКБ входят три государства: Армения, Беларусь и Казахстан.", "ru", null))
                .containsExactlyInAnyOrder(member("ARM", "CSTO", ",\"at\":\"doc\""), member("BLR", "CSTO", ",\"at\":\"doc\""), member("KAZ", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Die OVKS umfasst drei Staaten: Armenien, Belarus und Kasachstan."))
                .containsExactlyInAnyOrder(member("ARM", "CSTO", ",\"at\":\"doc\""), member("BLR", "CSTO", ",\"at\":\"doc\""), member("KAZ", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("The CSTO includes six states, and Armenia and Belarus argue.", "en", null)).isEmpty();
    }

    @Test
    void statesSetOffBeforeAParticipleOfBelongingAreMembers() {
        assertThat(bodies("Армения и Киргизия, входящие в ОДКБ, провели учения.", "ru", null))
                .contains(member("ARM", "CSTO", ",\"at\":\"doc\""), member("KGZ", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Страны, входящие в ОДКБ, провели переговоры с Арменией.", "ru", null)).isEmpty();
    }

    @Test
    void stayingOutOfAnOrganisationsWorkIsASuspensionButMissingOneSummitIsNot() {
        String suspended = standing("MDA", "CIS", "suspended", ",\"at\":\"doc\"");
        assertThat(bodies("Moldova does not participate in the work of the CIS.", "en", null)).containsExactly(suspended);
        assertThat(bodies("Moldova participates in the work of the CIS.", "en", null)).isEmpty();
        assertThat(bodies("Moldova did not participate in the CIS summit in 2023.", "en", null)).noneMatch(b -> b.contains("suspended"));
        assertThat(bodies("Армения не участвует в учениях ОДКБ.", "ru", null)).noneMatch(b -> b.contains("suspended"));
    }

    @Test
    void aFormerMemberWasOneWhenIsNotSaidAndAFutureMemberIsNoneYet() {
        String once = member("GEO", "CIS", "");
        assertThat(bodies("Georgia, a former member of the CIS, protested.", "en", null)).containsExactly(once);
        assertThat(bodies("Das ehemalige GUS-Mitglied Georgien protestierte.")).containsExactly(once);
        assertThat(bodies("Бывший член СНГ Грузия выразила протест.", "ru", null)).containsExactly(once);
        assertThat(bodies("Georgia, a future member of the CIS, protested.", "en", null)).isEmpty();
    }

    @Test
    void aFundOfAnOrganisationSetUpIsNoFoundingOfIt() {
        assertThat(bodies("В 2001 году Россия и Китай создали ШОС.", "ru", null))
                .containsExactlyInAnyOrder(member("RUS", "SCO", ",\"from\":\"2001\""), member("CHN", "SCO", ",\"from\":\"2001\""));
        assertThat(bodies("В 2005 году Армения и Казахстан приняли решение о создании фонда ОДКБ.", "ru", null)).isEmpty();
        assertThat(bodies("The fund of the CSTO was set up in 2005 by Armenia.", "en", null)).isEmpty();
        assertThat(bodies("Armenia formed a working group with the CSTO in 2014.", "en", null)).isEmpty();
        assertThat(bodies("In 2001 Russia and China created the new bloc, the SCO.", "en", null))
                .containsExactlyInAnyOrder(member("RUS", "SCO", ",\"from\":\"2001\""), member("CHN", "SCO", ",\"from\":\"2001\""));
        assertThat(bodies("Казахстан вместе с Россией основал ШОС в 2001 году.", "ru", null))
                .containsExactlyInAnyOrder(member("KAZ", "SCO", ",\"from\":\"2001\""), member("RUS", "SCO", ",\"from\":\"2001\""));
    }

    @Test
    void admittedAsAnObserverButADecisionTakenIsNoAdmission() {
        assertThat(bodies("В 2005 году Армения была принята в ШОС в качестве наблюдателя.", "ru", null))
                .containsExactly(standing("ARM", "SCO", "observer", ",\"from\":\"2005\""));
        assertThat(bodies("После принятия бюджета Армения и Казахстан имели статус наблюдателей в ШОС.", "ru", null))
                .containsExactlyInAnyOrder(standing("ARM", "SCO", "observer", ""),
                        standing("KAZ", "SCO", "observer", ""));
    }

    @Test
    void statesAmongAnOrganisationsMembersAreMembers() {
        assertThat(bodies("Zu den Mitgliedern der SOZ zählen China, Russland und Indien."))
                .containsExactlyInAnyOrder(member("CHN", "SCO", ",\"at\":\"doc\""), member("RUS", "SCO", ",\"at\":\"doc\""), member("IND", "SCO", ",\"at\":\"doc\""));
        assertThat(bodies("Russland schickte Truppen zu den Mitgliedern der OVKS.")).isEmpty();
    }

    @Test
    void belongingSinceADateStartsThenAndAReflexiveWithdrawalEnds() {
        assertThat(bodies("Armenien gehört seit 1992 der OVKS an.")).containsExactly(member("ARM", "CSTO", ",\"from\":\"1992\""));
        assertThat(bodies("Armenia has belonged to the CSTO since 1992.", "en", null)).containsExactly(member("ARM", "CSTO", ",\"from\":\"1992\""));
        assertThat(bodies("The papers belong to the CSTO archive, Armenia said.", "en", null)).isEmpty();
        assertThat(bodies("Die Ukraine hat sich 2018 endgültig aus der GUS zurückgezogen.")).containsExactly(member("UKR", "CIS", ",\"to\":\"2018\""));
        assertThat(bodies("Russland hat 2018 seine Truppen aus Armenien zurückgezogen.")).isEmpty();
    }

    @Test
    void accessionsOfACoordinatedListAreDatedBySentenceTime() {
        assertThat(bodies("Die OVKS ist ein Militärbündnis. 1994 wurde die Organisation durch Georgien, Armenien und Belarus erweitert."))
                .contains(member("GEO", "CSTO", ",\"from\":\"1994\""), member("ARM", "CSTO", ",\"from\":\"1994\""), member("BLR", "CSTO", ",\"from\":\"1994\""));
        assertThat(bodies("Uzbekistan joined the CSTO in 2006.", "en", null)).containsExactly(member("UZB", "CSTO", ",\"from\":\"2006\""));
        assertThat(bodies("В 2006 году Узбекистан вступил в ОДКБ.", "ru", null)).containsExactly(member("UZB", "CSTO", ",\"from\":\"2006\""));
    }

    @Test
    void anIntentionOrADenialIsNoAccession() {
        assertThat(bodies("Usbekistan will der SOZ 2027 beitreten und ist ihr noch nicht beigetreten.")).isEmpty();
    }

    @Test
    void withdrawalsEndMembership() {
        assertThat(bodies("2015 ist Georgien aus der GUS endgültig ausgetreten.")).containsExactly(member("GEO", "CIS", ",\"to\":\"2015\""));
        assertThat(bodies("Im Mai 2001 kam es zum Austritt aus dem Bündnis. Armenien und Belarus haben die OVKS verlassen."))
                .contains(member("ARM", "CSTO", ",\"to\":\"2001-05\""), member("BLR", "CSTO", ",\"to\":\"2001-05\""));
        assertThat(bodies("Georgia withdrew from the CIS in 2009.", "en", null)).containsExactly(member("GEO", "CIS", ",\"to\":\"2009\""));
        assertThat(bodies("Грузия вышла из СНГ в 2009 году.", "ru", null)).containsExactly(member("GEO", "CIS", ",\"to\":\"2009\""));
        assertThat(bodies("Грузия покинула СНГ в 2009 году.", "ru", null)).containsExactly(member("GEO", "CIS", ",\"to\":\"2009\""));
    }

    @Test
    void thePassiveSubjectOfAFoundingMayStandFarFromItsVerb() {
        assertThat(bodies("Die Gemeinschaft Unabhängiger Staaten wurde im Dezember 1991 in Minsk von Russland, Belarus und der Ukraine gegründet."))
                .contains(member("RUS", "CIS", ",\"from\":\"1991-12\""), member("BLR", "CIS", ",\"from\":\"1991-12\""), member("UKR", "CIS", ",\"from\":\"1991-12\""));
        assertThat(bodies("Russland hat im Dezember 1991 in Minsk mit Belarus und der Ukraine eine Kommission gegründet, nicht die GUS."))
                .noneMatch(b -> b.contains("\"CIS\""));
    }

    @Test
    void aSuspendedMembershipIsNoStatementOfMembership() {
        assertThat(bodies("Usbekistan hat seine Mitgliedschaft in der OVKS 2012 zum zweiten Mal ausgesetzt."))
                .containsExactly(standing("UZB", "CSTO", "suspended", ",\"from\":\"2012\""));
    }

    @Test
    void separableVerbsCloseTheirClause() {
        assertThat(bodies("Armenien trat 2015 der OVKS bei.")).containsExactly(member("ARM", "CSTO", ",\"from\":\"2015\""));
        assertThat(bodies("Georgien trat 2009 aus der GUS aus.")).containsExactly(member("GEO", "CIS", ",\"to\":\"2009\""));
        assertThat(bodies("Georgien trat bei dem Treffen der GUS als Vermittler auf.")).as("'bei' governs a noun here").isEmpty();
        assertThat(bodies("Georgien trat aus dem Schatten der GUS heraus.")).as("'aus' governs a noun here").isEmpty();
    }

    @Test
    void anAccessionNamedByANounWithItsStateAndDate() {
        assertThat(bodies("Seit dem Beitritt Georgiens zur GUS im Mai 1994 stieg der Handel.")).contains(member("GEO", "CIS", ",\"from\":\"1994-05\""));
        assertThat(bodies("Kyrgyzstan's accession to the CSTO in 1994 was welcomed.", "en", null)).contains(member("KGZ", "CSTO", ",\"from\":\"1994\""));
        assertThat(bodies("После вступления Грузии в СНГ в 1993 году торговля выросла.", "ru", null)).contains(member("GEO", "CIS", ",\"from\":\"1993\""));
    }

    @Test
    void aPlannedUndatedOrAppliedForAccessionIsNone() {
        assertThat(bodies("Der geplante Beitritt Georgiens zur GUS im Jahr 2030 wurde verschoben.")).isEmpty();
        assertThat(bodies("Der Beitritt Georgiens zur GUS wird diskutiert.")).isEmpty();
        assertThat(bodies("Armenia filed an application for accession to the CSTO in 1994.", "en", null)).noneMatch(b -> b.contains("\"member\""));
    }

    @Test
    void infinitivesAndAdjectivalParticiplesAssertNoAccessionOrExit() {
        assertThat(bodies("Turkmenistan refuses to join the CSTO.", "en", null)).isEmpty();
        assertThat(bodies("Moskau bot Baku an, der OVKS erneut beizutreten.")).isEmpty();
        assertThat(bodies("Die Regierungen der aus der OVKS ausgetretenen Staaten schwiegen.")).isEmpty();
    }

    @Test
    void aThreatToLeaveIsNoWithdrawal() {
        assertThat(bodies("Armenien will aus der OVKS austreten.")).isEmpty();
        assertThat(bodies("Armenien will die Organisation des Vertrags über kollektive Sicherheit womöglich verlassen.")).isEmpty();
        assertThat(bodies("Armenia may leave the CSTO soon.", "en", null)).isEmpty();
    }

    @Test
    void suspendedOrBoycottedParticipation() {
        assertThat(bodies("Während Georgien seine Teilnahme an GUS-Treffen seit 2019 ausgesetzt hat, wächst der Handel."))
                .containsExactly(standing("GEO", "CIS", "suspended", ",\"from\":\"2019\""));
        assertThat(bodies("Belarus boykottiert die OVKS-Sitzungen.", "de", "2024-05"))
                .containsExactly("{\"type\":\"membership\",\"subject\":\"BLR\",\"object\":\"CSTO\",\"status\":\"suspended\",\"at\":\"doc\",\"at_resolved\":\"2024-05\"}");
        assertThat(bodies("Georgien ist enttäuscht. Das Land hat seine Teilnahme an Sitzungen der OVKS im Mai 2021 eingefroren."))
                .containsExactly(standing("GEO", "CSTO", "suspended", ",\"from\":\"2021-05\""));
        assertThat(bodies("Ukraine suspended its participation in the CIS since 2018.", "en", null))
                .containsExactly(standing("UKR", "CIS", "suspended", ",\"from\":\"2018\""));
    }

    @Test
    void aPastSuspensionIsNotDatedToTheDocument() {
        assertThat(bodies("Sechs Jahre lang war Georgien nur formell Mitglied der GUS.", "de", "2023-09"))
                .containsExactly(standing("GEO", "CIS", "suspended", ""));
    }

    @Test
    void associateAndObserverStatus() {
        assertThat(bodies("Die GUS tagte. Georgien nimmt als assoziiertes Mitglied teil."))
                .containsExactly(standing("GEO", "CIS", "associate", ",\"at\":\"doc\""));
        assertThat(bodies("Man beschloss, der OVKS Beobachterstatus innerhalb der GUS zu gewähren."))
                .containsExactly(standing("CSTO", "CIS", "observer", ",\"at\":\"doc\""));
        assertThat(bodies("Einige Beobachter der GUS sehen Armenien skeptisch.")).isEmpty();
    }

    @Test
    void statesAnOrganisationWasFoundedWithAreMembersFromThen() {
        assertThat(bodies("Die 1996 ins Leben gerufene SOZ ist ein Forum für den Dialog mit Kasachstan, Kirgisistan und Tadschikistan."))
                .contains(member("KAZ", "SCO", ",\"from\":\"1996\""), member("KGZ", "SCO", ",\"from\":\"1996\""), member("TJK", "SCO", ",\"from\":\"1996\""));
        assertThat(bodies("The CIS was founded in 1991 by Russia, Belarus and Ukraine.", "en", null))
                .contains(member("RUS", "CIS", ",\"from\":\"1991\""), member("BLR", "CIS", ",\"from\":\"1991\""), member("UKR", "CIS", ",\"from\":\"1991\""));
        assertThat(bodies("Die SOZ wurde 2001 in Kasachstan nicht gegründet.")).isEmpty();
    }

    @Test
    void signatoriesOfAFoundingTreatyAreMembersFromItsDate() {
        assertThat(bodies("Der Vertrag über kollektive Sicherheit wurde im Mai 1992 in Taschkent von Armenien, Kasachstan und Russland unterzeichnet."))
                .contains(member("ARM", "CSTO", ",\"from\":\"1992-05\""), member("KAZ", "CSTO", ",\"from\":\"1992-05\""), member("RUS", "CSTO", ",\"from\":\"1992-05\""));
    }
}
