package org.blocwatch.store;

import org.blocwatch.model.Alias;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Event;
import org.blocwatch.model.EventKind;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@EnumSource(TestStores.class)
class JdbcKnowledgeStoreTest {

    @Parameter TestStores stores;

    @TempDir Path dir;

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Claim membership(String subject, String from, String citation) {
        return Claim.of(Membership.span(subject, "CSTO", MembershipStatus.MEMBER, PartialDate.parse(from), null),
                new Provenance.Curated(citation, "orgs/CSTO.yaml", null), Method.CURATED, 1.0, ReviewState.ACCEPTED, T0);
    }

    @Test
    void claimsSurviveReopeningUnchanged() {
        Claim a = membership("ARM", "1992-05-15", "Collective Security Treaty");
        Claim quoted = Claim.of(new Event(EventKind.SUMMIT, List.of("RUS", "KAZ"), "CIS", "Dushanbe",
                        DateRef.documentDate(PartialDate.parse("2025-10")), null),
                new Provenance.Document("doc-1", 10, 42, "Gipfel in Duschanbe"), Method.extracted("summit"), 0.8,
                ReviewState.PROPOSED, T0);
        try (KnowledgeStore s = stores.open(dir)) {
            assertThat(s.record(List.of(a, quoted))).isEqualTo(2);
        }
        try (KnowledgeStore s = stores.open(dir)) {
            assertThat(s.claim(a.id())).contains(a);
            assertThat(s.claim(quoted.id())).contains(quoted);
            assertThat(s.claims(ClaimFilter.about("KAZ"))).containsExactly(quoted);
            assertThat(s.claims(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject("CSTO"))).containsExactly(a);
        }
    }

    @Test
    void recordingTheSameClaimTwiceIsANoOp() {
        try (KnowledgeStore s = stores.open(dir)) {
            Claim a = membership("ARM", "1992-05-15", "Collective Security Treaty");
            assertThat(s.record(List.of(a))).isEqualTo(1);
            assertThat(s.record(List.of(a, membership("ARM", "1992-05-15", "Collective Security Treaty")))).isZero();
            assertThat(s.stats().claims()).isEqualTo(1);
        }
    }

    @Test
    void retractionAndReviewKeepTheirHistory() {
        try (KnowledgeStore s = stores.open(dir)) {
            Claim a = membership("UZB", "2006", "Protocol 2006");
            s.record(List.of(a.withReview(ReviewState.PROPOSED)));
            Instant later = T0.plusSeconds(3600);
            s.review(a.id(), ReviewState.ACCEPTED, later, "checked");
            s.retract(a.id(), later.plusSeconds(60));
            Claim stored = s.claim(a.id()).orElseThrow();
            assertThat(stored.review()).isEqualTo(ReviewState.ACCEPTED);
            assertThat(stored.retractedAt()).isEqualTo(later.plusSeconds(60));
            assertThat(s.reviewAt(a.id(), T0)).isEqualTo(ReviewState.PROPOSED);
            assertThat(s.reviewAt(a.id(), later)).isEqualTo(ReviewState.ACCEPTED);
            assertThat(s.reviewAt(a.id(), T0.minusSeconds(1))).isNull();
        }
    }

    @Test
    void entitiesAreFoundByAnyNormalisedAlias() {
        try (KnowledgeStore s = stores.open(dir)) {
            Entity md = new Entity("MDA", EntityKind.STATE, "Moldova",
                    List.of(new Alias("Moldau", "de", AliasKind.NAME), new Alias("Chișinău", null, AliasKind.METONYM)),
                    Map.of("cow", "359"));
            s.putEntities(List.of(md));
            s.putEntities(List.of(md)); // replacing is idempotent
            assertThat(s.entitiesByAlias("chisinau")).containsExactly(md);
            assertThat(s.entity("MDA")).contains(md);
            assertThat(s.stats().aliases()).isEqualTo(2);
        }
    }
}
