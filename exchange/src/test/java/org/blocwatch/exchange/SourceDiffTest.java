package org.blocwatch.exchange;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.query.ClaimView;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceDiffTest {
    @TempDir Path dir;

    @Test
    void yearsWhereCuratedHistoryAndCowDisagreeAreMergedIntoRanges() {
        try (JdbcKnowledgeStore store = Fixtures.store(dir)) {
            CowImport.run(store, Fixtures.cowDir(), Instant.now());
            // a status COW has no code for is not a disagreement
            store.record(List.of(Claim.of(Membership.span("AZE", "CSTO", MembershipStatus.PARTNER, PartialDate.ofYear(2005), null),
                    new Provenance.Curated("partnership", null, null), Method.CURATED, 1.0, ReviewState.ACCEPTED, Instant.now())));
            SourceDiff.Comparison c = SourceDiff.againstCow(store, "CSTO", ClaimView.CURRENT, false);
            assertThat(c.firstYear()).isEqualTo(2002);
            assertThat(c.lastYear()).isEqualTo(2014);
            // RUS agrees throughout; AZE left before COW's coverage; UZB back only from 2006 (curated),
            // out at the end of 2012 on both sides; KAZ has a gap in COW's 2006
            assertThat(c.disagreements()).containsExactly(
                    new SourceDisagreement("KAZ", 2006, 2006, MembershipStatus.MEMBER, null),
                    new SourceDisagreement("UZB", 2002, 2005, null, MembershipStatus.MEMBER));
        }
    }

    @Test
    void statesOnlyCowNamesAreComparedWhenAskedFor() {
        try (JdbcKnowledgeStore store = Fixtures.store(dir)) {
            CowImport.run(store, Fixtures.cowDir(), Instant.now());
            // the curated data says nothing of ASEAN, whose COW rows name the Philippines
            SourceDiff.Comparison scoped = SourceDiff.againstCow(store, "COW_ASEAN", ClaimView.CURRENT, false);
            assertThat(scoped.disagreements()).isEmpty();
            assertThat(scoped.leftOut()).isEqualTo(1);
            assertThat(SourceDiff.againstCow(store, "COW_ASEAN", ClaimView.CURRENT, true).disagreements()).containsExactly(
                    new SourceDisagreement("PHL", 2010, 2014, null, MembershipStatus.MEMBER));
        }
    }

    @Test
    void anOrganisationCowDoesNotCoverHasNoComparison() {
        try (JdbcKnowledgeStore store = Fixtures.store(dir)) {
            SourceDiff.Comparison c = SourceDiff.againstCow(store, "CSTO", ClaimView.CURRENT, false);
            assertThat(c.covered()).isFalse();
            assertThat(c.disagreements()).isEmpty();
        }
    }
}
