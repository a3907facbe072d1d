package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Membership;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.ReviewState;
import org.blocwatch.query.ClaimView;
import org.blocwatch.store.ClaimFilter;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Review decisions change which claims answers rest on, from their moment on and not before. */
@ParameterizedClass
@EnumSource(TestStores.class)
class ClaimReviewTest {

    @Parameter TestStores stores;
    static final Instant RECORDED = Instant.parse("2026-02-01T00:00:00Z");
    static final Instant DECIDED = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant BETWEEN = Instant.parse("2026-02-15T00:00:00Z");
    static final Instant AFTER = Instant.parse("2026-04-01T00:00:00Z");

    @TempDir Path dir;
    JdbcKnowledgeStore store;
    ClaimReview review;
    Claim proposed;

    @BeforeEach void open() {
        store = stores.open(dir);
        Pact.entities(store);
        proposed = Pact.extracted(Pact.member("BBB", "1992-05-15", "1999-04-02"), "doc-7", "BBB left on 2 April 1999", RECORDED);
        store.record(List.of(proposed, Pact.curated(Pact.member("AAA", "1992-05-15", null), "Treaty")));
        review = new ClaimReview(store, Clock.fixed(DECIDED, ZoneOffset.UTC));
    }

    @AfterEach void close() { store.close(); }

    boolean admitted(Claim c, Instant knownAt, boolean includeProposed) {
        return new ClaimView(knownAt, includeProposed).admits(store.claim(c.id()).orElseThrow(), store);
    }

    @Test
    void proposedClaimsAreListedByDocumentAndType() {
        assertThat(review.proposed("doc-7", ClaimType.MEMBERSHIP)).containsExactly(proposed);
        assertThat(review.proposed("doc-8", null)).isEmpty();
        assertThat(review.proposed(null, ClaimType.EVENT)).isEmpty();
    }

    @Test
    void acceptingAdmitsTheClaimFromThatMomentOn() {
        assertThat(admitted(proposed, null, false)).isFalse();
        assertThat(admitted(proposed, null, true)).isTrue();
        review.accept(proposed.id());
        assertThat(admitted(proposed, null, false)).isTrue();
        assertThat(admitted(proposed, BETWEEN, false)).isFalse();
        assertThat(admitted(proposed, BETWEEN, true)).isTrue();
        assertThat(admitted(proposed, AFTER, false)).isTrue();
        assertThat(review.proposed(null, null)).isEmpty();
    }

    @Test
    void rejectingRemovesTheClaimEvenWhenProposedOnesAreIncluded() {
        review.reject(proposed.id());
        assertThat(admitted(proposed, null, true)).isFalse();
        assertThat(admitted(proposed, AFTER, true)).isFalse();
        assertThat(admitted(proposed, BETWEEN, true)).isTrue();
    }

    @Test
    void editingRecordsANewAcceptedClaimAndRetiresTheOld() {
        Claim edited = review.edit(proposed.id(), "to", "1999-04-20");
        assertThat(edited.id()).isNotEqualTo(proposed.id());
        assertThat(((Membership) edited.body()).to()).isEqualTo(PartialDate.parse("1999-04-20"));
        assertThat(((Membership) edited.body()).from()).isEqualTo(PartialDate.parse("1992-05-15"));
        assertThat(edited.provenance()).isEqualTo(proposed.provenance());
        assertThat(edited.method()).isEqualTo(new Method(Method.Kind.EXTRACTED, "test-rule;edited:to"));
        assertThat(edited.review()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(edited.recordedAt()).isEqualTo(DECIDED);

        Claim old = store.claim(proposed.id()).orElseThrow();
        assertThat(old.review()).isEqualTo(ReviewState.REJECTED);
        assertThat(old.retractedAt()).isEqualTo(DECIDED);
        assertThat(admitted(proposed, BETWEEN, true)).isTrue();
        assertThat(admitted(edited, BETWEEN, true)).isFalse();
        assertThat(admitted(proposed, AFTER, true)).isFalse();
        assertThat(admitted(edited, AFTER, false)).isTrue();
        assertThat(admitted(edited, null, false)).isTrue();
    }

    @Test
    void editsThatChangeNothingOrBreakTheClaimAreRefused() {
        assertThatThrownBy(() -> review.edit(proposed.id(), "to", "1999-04-02")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("changes nothing");
        assertThatThrownBy(() -> review.edit(proposed.id(), "to", "1999-13-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> review.edit(proposed.id(), "type", "event")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> review.edit(proposed.id(), "colour", "red")).hasMessage("'colour' is not a field of a membership claim");
        assertThat(store.claim(proposed.id()).orElseThrow().retractedAt()).isNull();
    }

    @Test
    void curatedClaimsAreNotReviewedHere() {
        Claim curated = store.claims(ClaimFilter.about("AAA")).get(0);
        assertThatThrownBy(() -> review.reject(curated.id())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not extracted");
        assertThatThrownBy(() -> review.accept("no-such-claim")).hasMessage("no claim with id no-such-claim");
    }
}
