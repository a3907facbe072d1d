package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Period;
import org.blocwatch.model.Qualifier;
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
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Conflicts between claims and corroboration by independent sources, on hand-made claims. */
@ParameterizedClass
@EnumSource(TestStores.class)
class ConflictFinderTest {

    @Parameter TestStores stores;
    @TempDir Path dir;
    JdbcKnowledgeStore store;

    @BeforeEach void open() {
        store = stores.open(dir);
        Pact.entities(store);
    }

    @AfterEach void close() { store.close(); }

    List<Conflict> conflicts(Claim... claims) {
        store.record(List.of(claims));
        return new ConflictFinder(new AdmittedClaims(store, ClaimView.CURRENT)).find(null);
    }

    static Claim trade(String value, Qualifier q, String period, String citation) {
        return Pact.curated(new Trade(List.of("AAA", "BBB"), new BigDecimal(value), "USD", Period.parse(period), q, null), citation);
    }

    @Test
    void observerAndMemberOnTheSameDaysConflict() {
        Claim observer = Pact.curated(Pact.span("AAA", MembershipStatus.OBSERVER, "2000-01-01", "2005-01-01"), "Observer decision");
        Claim member = Pact.curated(Pact.member("AAA", "2003-06-01", null), "Accession");
        assertThat(conflicts(observer, member)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("status");
            assertThat(c.about()).isEqualTo("AAA in PACT");
            assertThat(List.of(c.first(), c.second())).containsExactlyInAnyOrder(observer, member);
        });
    }

    @Test
    void aHandoverKnownOnlyToTheYearIsNoConflict() {
        assertThat(conflicts(Pact.curated(Pact.span("AAA", MembershipStatus.OBSERVER, "2000", "2005"), "Observer"),
                Pact.curated(Pact.member("AAA", "2005", null), "Accession"),
                Pact.curated(Pact.span("AAA", MembershipStatus.SUSPENDED, "2010", null), "Freeze"))).isEmpty();
    }

    @Test
    void twoExitDatesForTheSameWithdrawalConflict() {
        List<Conflict> found = conflicts(Pact.curated(Pact.member("BBB", "1992-05-15", "1999-04-02"), "Note"),
                Pact.curated(Pact.member("BBB", "1992-05-15", "1999-04-20"), "Expiry"));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("dates");
            assertThat(c.why()).isEqualTo("member until 1999-04-02 or until 1999-04-20");
        });
    }

    @Test
    void aCoarseDateThatCoversTheExactOneIsNoConflict() {
        assertThat(conflicts(Pact.curated(Pact.member("BBB", "1992", "1999"), "Yearbook"),
                Pact.curated(Pact.member("BBB", "1992-05-15", "1999-04-20"), "Treaty"))).isEmpty();
    }

    @Test
    void consecutiveRunsOfADatasetAreNoConflict() {
        assertThat(conflicts(Pact.curated(Pact.member("BBB", "1992", "1995"), "Run one"),
                Pact.curated(Pact.member("BBB", "1995", null), "Run two"))).isEmpty();
    }

    @Test
    void separateEpisodesOfTheSameStateAreNoConflict() {
        assertThat(conflicts(Pact.curated(Pact.member("BBB", "1992-05-15", "1999-04-02"), "First"),
                Pact.curated(Pact.member("BBB", "2006-06-23", "2012-06-28"), "Second"))).isEmpty();
    }

    @Test
    void figuresConflictOnlyBeyondTheirPrecisionAndQualifiers() {
        assertThat(FigureRange.of(new BigDecimal("62"), Qualifier.EXACT).meets(FigureRange.of(new BigDecimal("64"), null))).isFalse();
        assertThat(FigureRange.of(new BigDecimal("62.4"), null).meets(FigureRange.of(new BigDecimal("62"), null))).isTrue();
        assertThat(FigureRange.of(new BigDecimal("90"), Qualifier.APPROX).meets(FigureRange.of(new BigDecimal("97"), null))).isTrue();
        assertThat(FigureRange.of(new BigDecimal("62"), Qualifier.MORE_THAN).meets(FigureRange.of(new BigDecimal("70"), null))).isTrue();
        assertThat(FigureRange.of(new BigDecimal("62"), Qualifier.MORE_THAN).meets(FigureRange.of(new BigDecimal("58"), null))).isFalse();
        // trailing zeros are read as rounding: "60" may be anything from 55 to 65
        assertThat(FigureRange.of(new BigDecimal("62"), Qualifier.MORE_THAN).meets(FigureRange.of(new BigDecimal("60"), null))).isTrue();
        assertThat(FigureRange.of(new BigDecimal("62"), Qualifier.LESS_THAN).meets(FigureRange.of(new BigDecimal("70"), Qualifier.MORE_THAN))).isFalse();
    }

    @Test
    void tradeFiguresForTheSamePairAndPeriodThatDisagreeAreShownWithBothSources() {
        List<Conflict> found = conflicts(trade("62000000000", Qualifier.EXACT, "2023", "Ministry"),
                trade("70000000000", Qualifier.EXACT, "2023", "Customs"),
                trade("65000000000", Qualifier.MORE_THAN, "2023", "Press"),
                trade("80000000000", Qualifier.EXACT, "2022", "Customs 2022"));
        assertThat(found).extracting(Conflict::kind).containsOnly("figures");
        assertThat(found).extracting(c -> java.util.stream.Stream.of(c.first(), c.second()).map(x -> x.provenance().cite()).sorted().toList())
                .containsExactlyInAnyOrder(List.of("Customs", "Ministry"), List.of("Ministry", "Press"));
        assertThat(found.get(0).about()).isEqualTo("trade AAA–BBB 2023 USD");
    }

    @Test
    void identicalClaimsFromNearDuplicateDocumentsCountAsOneSource() {
        var body = Pact.member("CCC", "1993-01-01", null);
        Claim a = Pact.extracted(body, "wire-1", "CCC joined the pact", Pact.T0);
        Claim b = Pact.extracted(body, "wire-1-copy", "CCC joined the pact", Pact.T0);
        Claim c = Pact.curated(body, "Accession protocol");
        SourceDocuments separate = new SourceDocuments() {
            @Override public Optional<String> text(String docId) { return Optional.empty(); }
            @Override public String original(String docId) { return docId; }
        };
        assertThat(new Corroboration(List.of(a, b, c), separate).sources(a)).isEqualTo(3);
        SourceDocuments copies = new SourceDocuments() {
            @Override public Optional<String> text(String docId) { return Optional.empty(); }
            @Override public String original(String docId) { return docId.replace("-copy", ""); }
        };
        assertThat(new Corroboration(List.of(a, b, c), copies).sources(a)).isEqualTo(2);
        assertThat(conflicts(a, b, c)).isEmpty();
    }
}
