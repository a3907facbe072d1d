package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.EventKind;
import org.blocwatch.model.Method;
import org.blocwatch.model.Period;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.Qualifier;
import org.blocwatch.model.ReviewState;
import org.blocwatch.model.Trade;
import org.blocwatch.query.ClaimView;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.blocwatch.store.TestStores;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each indicator on the invented pact of {@link Pact#history}. */
@ParameterizedClass
@EnumSource(TestStores.class)
class IndicatorsTest {

    @Parameter TestStores stores;
    static final DateRange ALL = DateRange.of(null, Pact.date("2021-12-31"), LocalDate.of(2026, 1, 1));
    static final DateRange FROM_2000 = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2019, 12, 31));

    @TempDir Path dir;
    JdbcKnowledgeStore store;
    AdmittedClaims claims;

    @BeforeEach void open() {
        store = stores.open(dir);
        Pact.history(store);
        claims = new AdmittedClaims(store, ClaimView.CURRENT);
    }

    @AfterEach void close() { store.close(); }

    static List<String> citations(Indicator i) {
        return i.allClaims().stream().map(c -> c.provenance().cite()).distinct().toList();
    }

    @Test
    void peakMembersIsReachedWhenTheFourthStateJoins() {
        Indicator peak = new MemberCount(claims).peak("PACT", ALL);
        assertThat(peak.value()).isEqualByComparingTo("4");
        assertThat(peak.display()).isEqualTo("4 on 1994-01-01");
        assertThat(peak.parts()).extracting(Indicator::label).containsExactly("AAA", "BBB", "CCC", "DDD");
        assertThat(citations(peak)).contains("Accession protocol", "Yearbook 1994");
    }

    @Test
    void theCountOverTimeListsEachChange() {
        Indicator changes = new MemberCount(claims).changes("PACT", ALL);
        // CCC's accession is known only to the year: it counts from the first day of 1993
        assertThat(changes.display()).isEqualTo("2 on 1992-05-15 \u2192 3 on 1993-01-01 \u2192 4 on 1994-01-01 \u2192 3 on 1999-04-20");
        assertThat(changes.parts().get(3).basis()).extracting(c -> c.provenance().cite()).doesNotContain("Founding treaty; expiry 1999-04-20");
    }

    @Test
    void aSuspendedStateStillCountsAsAMemberAtTheEnd() {
        Indicator end = new MemberCount(claims).atEnd("PACT", ALL);
        assertThat(end.value()).isEqualByComparingTo("3");
        assertThat(end.parts()).extracting(Indicator::display).containsExactly("AAA member", "CCC member", "DDD suspended");
    }

    @Test
    void theSeriesChangesOnTheDayAStateLeaves() {
        List<MemberCount.Point> series = new MemberCount(claims).series("PACT", ALL);
        // on 1999-04-02 one source has BBB gone and the other not yet: it still counts, marked uncertain
        assertThat(series).filteredOn(p -> p.day().equals(LocalDate.of(1999, 4, 2))).singleElement()
                .satisfies(p -> assertThat(p.count()).isEqualTo(4))
                .satisfies(p -> assertThat(p.members()).filteredOn(m -> m.subject().equals("BBB")).singleElement()
                        .satisfies(m -> assertThat(m.uncertain()).isTrue()));
        assertThat(series).filteredOn(p -> p.day().equals(LocalDate.of(1999, 4, 20))).singleElement()
                .satisfies(p -> assertThat(p.count()).isEqualTo(3));
    }

    @Test
    void anExitWithTwoDatesIsOneExitRestingOnBothSources() {
        MembershipChanges changes = new MembershipChanges(claims);
        assertThat(changes.accessions("PACT", ALL).value()).isEqualByComparingTo("4");
        Indicator exits = changes.exits("PACT", ALL);
        assertThat(exits.value()).isEqualByComparingTo("1");
        assertThat(exits.parts()).singleElement().satisfies(p -> {
            assertThat(p.display()).isEqualTo("BBB 1999-04-02 (sources differ: 1999-04-02 / 1999-04-20)");
            assertThat(p.basis()).hasSize(2);
        });
        assertThat(changes.suspensions("PACT", ALL).parts()).extracting(Indicator::display).containsExactly("DDD 2020-01-01");
        assertThat(changes.exits("PACT", FROM_2000).value()).isEqualByComparingTo("0");
    }

    @Test
    void aCoarseImportedDateIsNoDisagreementAndAnEndOnlyOneSourceGivesIsNoExit() {
        store.record(List.of(
                Claim.of(Pact.member("AAA", "1992", "1995"), new Provenance.Dataset("cow-igo-v3", "3.0", "pact/AAA/1992-1994"),
                        Method.imported("cow-igo-v3"), 1, ReviewState.ACCEPTED, Pact.T0),
                Claim.of(Pact.member("AAA", "1995", null), new Provenance.Dataset("cow-igo-v3", "3.0", "pact/AAA/1995-2014"),
                        Method.imported("cow-igo-v3"), 1, ReviewState.ACCEPTED, Pact.T0)));
        MembershipChanges changes = new MembershipChanges(claims);
        assertThat(changes.accessions("PACT", ALL).parts()).extracting(Indicator::display).contains("AAA 1992-05-15");
        assertThat(changes.exits("PACT", ALL).parts()).extracting(Indicator::label).containsExactly("BBB");
        assertThat(MembershipChanges.sharpest(List.of(Pact.date("1999"), Pact.date("1999-04-02"), Pact.date("1999-04-20"))))
                .extracting(String::valueOf).containsExactly("1999-04-02", "1999-04-20");
    }

    @Test
    void anExtractedClaimWithoutAnEndDoesNotCancelAnExit() {
        Claim joined = Pact.extracted(Pact.member("BBB", "1992-05-15", null), "doc-2", "BBB joined in May 1992", Pact.T0);
        store.record(List.of(joined));
        store.review(joined.id(), ReviewState.ACCEPTED, Pact.T0.plusSeconds(60), "test");
        assertThat(new MembershipChanges(claims).exits("PACT", ALL).parts()).extracting(Indicator::label).containsExactly("BBB");
    }

    @Test
    void extractedClaimsWithOneBoundDoNotGlueAReturnToTheFirstMembership() {
        Claim joined = Pact.extracted(Pact.member("BBB", "1992", null), "doc-3", "BBB joined in 1992", Pact.T0);
        Claim left = Pact.extracted(Pact.member("BBB", null, "2012"), "doc-3", "BBB left in 2012", Pact.T0);
        store.record(List.of(joined, left, Pact.curated(Pact.member("BBB", "2006-06-23", "2012-06-28"), "Return and second exit")));
        store.review(joined.id(), ReviewState.ACCEPTED, Pact.T0.plusSeconds(60), "test");
        store.review(left.id(), ReviewState.ACCEPTED, Pact.T0.plusSeconds(60), "test");
        assertThat(new MembershipChanges(claims).exits("PACT", ALL).parts()).extracting(Indicator::display)
                .containsExactly("BBB 1999-04-02 (sources differ: 1999-04-02 / 1999-04-20)", "BBB 2012-06-28");
    }

    @Test
    void onlyClashesBetweenTwoMembersOnTheDayCount() {
        Indicator clashes = new MemberClashes(claims).count("PACT", ALL);
        assertThat(clashes.value()).isEqualByComparingTo("1");
        assertThat(clashes.parts()).singleElement().satisfies(p -> assertThat(p.display()).startsWith("AAA vs BBB 1995-06-01"));
        assertThat(citations(clashes)).contains("Border war report", "Founding treaty").doesNotContain("Later clash report");
    }

    @Test
    void operationsAreThoseUnderThePactsRoof() {
        Indicator ops = new Operations(claims).count("PACT", ALL);
        assertThat(ops.value()).isEqualByComparingTo("1");
        assertThat(citations(ops)).containsExactly("Operation order");
    }

    @Test
    void officeSharesSplitTheYearsByNationality() {
        OfficeShares offices = new OfficeShares(claims);
        Indicator sg = offices.shares("PACT", FROM_2000).get(0);
        assertThat(sg.key()).isEqualTo("office_share:secretary_general");
        assertThat(sg.value()).isEqualByComparingTo("50");
        assertThat(sg.parts()).extracting(Indicator::display)
                .containsExactly("AAA 50% (10.0 of 20.0 yrs)", "CCC 50% (10.0 of 20.0 yrs)");
        assertThat(offices.leadingState("PACT", FROM_2000)).isEqualTo("AAA");
        assertThat(offices.leadingState("PACT", new DateRange(LocalDate.of(2005, 1, 1), LocalDate.of(2019, 12, 31)))).isEqualTo("CCC");
    }

    @Test
    void anOfficeWithoutAStartCountsFromTheFirstKnownStart() {
        store.record(List.of(Pact.curated(Pact.office("person:cid", null, "1999-01-01"), "Cid's earlier term, start unknown")));
        Indicator sg = new OfficeShares(claims).shares("PACT", ALL).get(0);
        assertThat(sg.parts()).extracting(Indicator::label).containsExactly("CCC", "AAA");
        assertThat(sg.parts().get(1).display()).isEqualTo("AAA 45% (10.0 of 22.0 yrs)");
    }

    @Test
    void summitAttendanceIsAShareOfTheSummitsHeldWhileAMember() {
        Indicator summits = new SummitAttendance(claims).attendance("PACT", ALL);
        assertThat(summits.value()).isEqualByComparingTo("1");
        assertThat(summits.parts()).extracting(Indicator::display).containsExactly("AAA 1/1", "CCC 1/1", "DDD 0/1");
        assertThat(summits.display()).isEqualTo("1 summits; lowest DDD 0/1");
    }

    @Test
    void leaderTradeUsesTheLatestFigurePerPartner() {
        store.record(List.of(
                Pact.curated(new Trade(List.of("AAA", "CCC"), new BigDecimal("5000000000"), "USD", Period.parse("2015"), Qualifier.EXACT, null), "Stats 2015"),
                Pact.curated(new Trade(List.of("CCC", "AAA"), new BigDecimal("6000000000"), "USD", Period.parse("2018"), Qualifier.APPROX, null), "Stats 2018"),
                Pact.curated(new Trade(List.of("AAA", "XXX"), new BigDecimal("1"), "USD", Period.parse("2018"), null, null), "Outsider stats")));
        Indicator trade = new LeaderTrade(claims).trade("PACT", "AAA", FROM_2000);
        assertThat(trade.parts()).singleElement().satisfies(p -> {
            assertThat(p.display()).isEqualTo("AAA–CCC about 6000000000 USD (2018)");
            assertThat(p.basis()).hasSize(2);
        });
        assertThat(new LeaderTrade(claims).trade("PACT", null, FROM_2000).value()).isNull();
    }

    @Test
    void knownAtLeavesOutWhatTheKbLearnedLater() {
        Instant later = Instant.parse("2026-03-01T00:00:00Z");
        Claim latecomer = Claim.of(Pact.event(EventKind.INTERVENTION, "PACT", "2012-05-01", "PACT", "DDD"),
                new Provenance.Curated("Late order", "test.yaml", null), Method.CURATED, 1, ReviewState.ACCEPTED, later);
        store.record(List.of(latecomer));
        AdmittedClaims before = new AdmittedClaims(store, new ClaimView(Instant.parse("2026-02-01T00:00:00Z"), false));
        assertThat(new Operations(before).count("PACT", ALL).value()).isEqualByComparingTo("1");
        assertThat(new Operations(claims).count("PACT", ALL).value()).isEqualByComparingTo("2");
    }

    @Test
    void proposedClaimsCountOnlyWhenAskedFor() {
        store.record(List.of(Pact.extracted(Pact.event(EventKind.INTERVENTION, "PACT", "2013-05-01", "PACT", "DDD"),
                "doc-1", "pact troops landed", Pact.T0)));
        assertThat(new Operations(claims).count("PACT", ALL).value()).isEqualByComparingTo("1");
        assertThat(new Operations(new AdmittedClaims(store, new ClaimView(null, true))).count("PACT", ALL).value())
                .isEqualByComparingTo("2");
    }

    @Test
    void theFacadeListsEveryIndicatorInAFixedOrder() {
        List<Indicator> all = new OrganisationIndicators(claims, LocalDate.of(2026, 1, 1)).compute("PACT", FROM_2000);
        assertThat(all).extracting(Indicator::key).containsExactly("members_at_end", "peak_members", "member_count_changes",
                "accessions", "exits",
                "suspensions", "member_clashes", "operations", "office_share:secretary_general", "leading_state",
                "summit_attendance", "leader_trade");
        assertThat(all).filteredOn(i -> i.value() != null).allSatisfy(i -> assertThat(i.display()).isNotBlank());
    }
}
