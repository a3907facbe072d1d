package org.blocwatch.query;

import org.blocwatch.model.Claim;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.blocwatch.store.TestStores;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** As-of semantics on a small hand-made history of an invented pact. */
@ParameterizedClass
@EnumSource(TestStores.class)
class MembershipQueryTest {

    @Parameter TestStores stores;

    @TempDir Path dir;
    JdbcKnowledgeStore store;

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @BeforeEach void open() { store = stores.open(dir); }

    @AfterEach void close() { store.close(); }

    static Claim curated(String subject, MembershipStatus status, String from, String to, String citation) {
        return Claim.of(Membership.span(subject, "PACT", status, from == null ? null : PartialDate.parse(from),
                        to == null ? null : PartialDate.parse(to)),
                new Provenance.Curated(citation, "orgs/PACT.yaml", null), Method.CURATED, 1, ReviewState.ACCEPTED, T0);
    }

    MembershipQuery query() { return new MembershipQuery(store, ClaimView.CURRENT); }

    static LocalDate day(String d) { return LocalDate.parse(d); }

    @Test
    void aSuspendedStateIsStillListedButAsSuspended() {
        store.record(List.of(curated("AAA", MembershipStatus.MEMBER, "1992-05-15", null, "Treaty"),
                curated("AAA", MembershipStatus.SUSPENDED, "2024-02-22", null, "Freeze announcement")));
        assertThat(query().status("AAA", "PACT", day("2023-01-01")).status()).isEqualTo(MembershipStatus.MEMBER);
        StatusAnswer frozen = query().status("AAA", "PACT", day("2024-06-01"));
        assertThat(frozen.status()).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(frozen.supporting()).hasSize(2);
        assertThat(frozen.contradicting()).isEmpty();
        assertThat(query().members("PACT", day("2024-06-01"), null)).extracting(StatusAnswer::subject).containsExactly("AAA");
        assertThat(query().members("PACT", day("2024-06-01"), MembershipStatus.MEMBER)).isEmpty();
    }

    @Test
    void aWithdrawalEndsTheStatusOnItsDay() {
        store.record(List.of(curated("BBB", MembershipStatus.MEMBER, "1994-04-20", "1999-04-02", "Treaty")));
        assertThat(query().status("BBB", "PACT", day("1999-04-01")).status()).isEqualTo(MembershipStatus.MEMBER);
        StatusAnswer after = query().status("BBB", "PACT", day("1999-04-02"));
        assertThat(after.status()).isNull();
        assertThat(after.supporting()).isEmpty();
    }

    @Test
    void aDayInsideACoarseAccessionIsUncertain() {
        store.record(List.of(curated("CCC", MembershipStatus.MEMBER, "1993", null, "Yearbook 1994")));
        assertThat(query().members("PACT", day("1993-07-01"), null)).singleElement()
                .satisfies(a -> assertThat(a.uncertain()).isTrue());
        assertThat(query().members("PACT", day("1994-07-01"), null)).singleElement()
                .satisfies(a -> assertThat(a.uncertain()).isFalse());
    }

    @Test
    void sourcesThatDisagreeOnAnExitAreBothShown() {
        Claim early = curated("DDD", MembershipStatus.MEMBER, "2006-06-23", "2012-06-28", "Note of June");
        Claim late = curated("DDD", MembershipStatus.MEMBER, "2006-08-16", "2012-12-19", "Council decision");
        store.record(List.of(early, late));
        StatusAnswer between = query().status("DDD", "PACT", day("2012-09-01"));
        assertThat(between.status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(between.supporting()).containsExactly(late);
        assertThat(between.contradicting()).containsExactly(early);
        assertThat(between.uncertain()).isTrue();
        StatusAnswer agreed = query().status("DDD", "PACT", day("2010-01-01"));
        assertThat(agreed.supporting()).containsExactlyInAnyOrder(early, late);
        assertThat(agreed.uncertain()).isFalse();
    }

    @Test
    void incompatibleStatusesOnTheSameDayContradictEachOther() {
        Claim member = curated("EEE", MembershipStatus.MEMBER, "1991-12-08", "2018-05-19", "Founding agreement");
        Claim associate = curated("EEE", MembershipStatus.ASSOCIATE, "1993-01-22", "2018-05-19", "Charter never ratified");
        store.record(List.of(member, associate));
        StatusAnswer a = query().status("EEE", "PACT", day("2000-01-01"));
        assertThat(a.status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(a.contradicting()).containsExactly(associate);
    }

    @Test
    void aCoarseQueryDateListsWhoeverHeldAStatusAtItsEdgesAndMarksChanges() {
        store.record(List.of(curated("FFF", MembershipStatus.MEMBER, "2001-01-01", null, "T"),
                curated("GGG", MembershipStatus.MEMBER, "1995-01-01", "2012-12-19", "T")));
        List<StatusAnswer> in2012 = query().members("PACT", PartialDate.parse("2012"), null);
        assertThat(in2012).extracting(StatusAnswer::subject).containsExactly("FFF", "GGG");
        assertThat(in2012).extracting(StatusAnswer::uncertain).containsExactly(false, true);
    }

    @Test
    void proposedClaimsCountOnlyWhenAskedAndRejectedOnesNever() {
        Claim extracted = Claim.of(new Membership("HHH", "PACT", MembershipStatus.OBSERVER, null, null,
                        DateRef.documentDate(PartialDate.parse("2025-10-16"))),
                new Provenance.Document("doc-1", 0, 20, "HHH is an observer."), Method.extracted("observer"), 0.8,
                ReviewState.PROPOSED, T0);
        store.record(List.of(extracted));
        LocalDate d = day("2025-10-16");
        assertThat(query().members("PACT", d, null)).isEmpty();
        assertThat(new MembershipQuery(store, new ClaimView(null, true)).members("PACT", d, null)).hasSize(1);

        store.review(extracted.id(), ReviewState.ACCEPTED, T0.plusSeconds(60), null);
        assertThat(query().members("PACT", d, null)).hasSize(1);
        store.review(extracted.id(), ReviewState.REJECTED, T0.plusSeconds(120), null);
        assertThat(new MembershipQuery(store, new ClaimView(null, true)).members("PACT", d, null)).isEmpty();
    }

    @Test
    void aSpanGivesTheAnswersDatesRatherThanAStatementAboutOneDay() {
        Claim statement = Claim.of(new Membership("JJJ", "PACT", MembershipStatus.OBSERVER, null, null,
                        DateRef.documentDate(PartialDate.parse("2025-10-16"))),
                new Provenance.Document("doc-2", 0, 20, "JJJ is an observer."), Method.extracted("observer"), 0.8,
                ReviewState.ACCEPTED, T0);
        store.record(List.of(statement, curated("JJJ", MembershipStatus.OBSERVER, "2019", null, "Decision of 2019")));
        StatusAnswer a = query().status("JJJ", "PACT", day("2025-10-16"));
        assertThat(a.supporting()).hasSize(2);
        assertThat(a.from()).isEqualTo(PartialDate.parse("2019"));
        assertThat(a.to()).isNull();
    }

    @Test
    void knownAtAnswersAsTheKnowledgeBaseStoodThen() {
        Claim old = curated("III", MembershipStatus.MEMBER, "1992", null, "first edition");
        store.record(List.of(old));
        Instant edit = T0.plusSeconds(3600);
        store.retract(old.id(), edit);
        Claim corrected = Claim.of(old.body() instanceof Membership m
                        ? Membership.span("III", "PACT", MembershipStatus.MEMBER, PartialDate.parse("1994"), null) : null,
                new Provenance.Curated("second edition", "orgs/PACT.yaml", null), Method.CURATED, 1, ReviewState.ACCEPTED, edit);
        store.record(List.of(corrected));
        LocalDate in1993 = day("1993-06-01");
        assertThat(query().status("III", "PACT", in1993).status()).isNull();
        assertThat(new MembershipQuery(store, new ClaimView(T0.plusSeconds(60), false)).status("III", "PACT", in1993).status())
                .isEqualTo(MembershipStatus.MEMBER);
        assertThat(new MembershipQuery(store, new ClaimView(T0.minusSeconds(60), false)).status("III", "PACT", in1993).status())
                .isNull();
    }
}
