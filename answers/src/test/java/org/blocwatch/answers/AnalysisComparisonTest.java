package org.blocwatch.answers;

import org.blocwatch.query.ClaimView;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.blocwatch.store.TestStores;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An analysis's stated figures beside the KB's values for the same period. */
@ParameterizedClass
@EnumSource(TestStores.class)
class AnalysisComparisonTest {

    @Parameter TestStores stores;
    static final String YAML = """
            citation: "Someone 2020"
            figures:
              - org: PACT
                indicator: peak_members
                value: 5
                says: "The pact once had five members."
              - org: PACT
                indicator: member_clashes
                value: 1
                reading: at least
                says: "Members fought at least once."
                to: 1999
              - org: PACT
                indicator: operations
                value: 1
                says: "One operation before 2005."
                to: 2005
              - org: PACT
                indicator: office_share:chief_of_joint_staff
                value: 50
                says: "Half the time the staff was led by AAA."
            """;

    @TempDir Path dir;

    @Test
    void eachStatedFigureIsCheckedAgainstTheKbOverItsOwnPeriod() {
        AnalysisComparison analysis = AnalysisComparison.fromFiles(Map.of("comparisons/pact.yaml", YAML, "orgs/PACT.yaml", "id: PACT")).get(0);
        assertThat(analysis.citation()).isEqualTo("Someone 2020");
        try (JdbcKnowledgeStore store = stores.open(dir)) {
            Pact.history(store);
            List<FigureCheck> checks = new OrganisationIndicators(new AdmittedClaims(store, ClaimView.CURRENT), LocalDate.of(2026, 1, 1))
                    .check(analysis, "PACT");
            assertThat(checks).extracting(c -> c.stated().indicator() + " " + c.kb().display() + " " + c.agrees())
                    .containsExactly("peak_members 4 on 1994-01-01 false", "member_clashes 1 true", "operations 0 false",
                            "office_share:chief_of_joint_staff the KB has no claims to compute it from false");
            assertThat(checks).extracting(FigureCheck::verdict).containsExactly("DIFFERS", "agrees", "DIFFERS", "no KB value");
        }
    }

    @Test
    void theStratievskiComparisonIsPackedAndComplete() {
        List<AnalysisComparison> packed = AnalysisComparison.packed();
        assertThat(packed).extracting(AnalysisComparison::citation).contains("Stratievski 2023, seed-004");
        AnalysisComparison s = packed.stream().filter(a -> a.citation().startsWith("Stratievski")).findFirst().orElseThrow();
        assertThat(s.about("CSTO")).extracting(StatedFigure::indicator).contains("peak_members", "exits", "member_clashes", "operations");
        assertThat(s.about("NATO")).isNotEmpty();
    }

    @Test
    void aFigureWithoutItsStatementIsRefused() {
        assertThatThrownBy(() -> AnalysisComparison.parse("comparisons/x.yaml", "citation: X\nfigures:\n  - {org: PACT, indicator: exits, value: 1}\n"))
                .hasMessageContaining("without 'says'");
    }
}
