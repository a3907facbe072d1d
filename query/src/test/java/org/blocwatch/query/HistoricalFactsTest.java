package org.blocwatch.query;

import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.PartialDate;
import org.blocwatch.reference.CuratedData;
import org.blocwatch.reference.CuratedSync;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.blocwatch.store.TestStores;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-established facts of the region's history, checked against the shipped curated data.
 * Each row of historical-facts.csv is either the full member list of an organisation on a day,
 * or one state's status on a day ("none" when it had none).
 */
@ParameterizedClass
@EnumSource(TestStores.class)
class HistoricalFactsTest {

    /** The store of this run of the class, opened once for all its tests below. */
    @Parameter TestStores stores;

    static Path dir;
    static JdbcKnowledgeStore store;

    @BeforeParameterizedClassInvocation
    static void load(TestStores stores) throws Exception {
        dir = Files.createTempDirectory("facts");
        store = stores.open(dir);
        CuratedSync.apply(store, CuratedData.load(), Instant.now());
    }

    @AfterParameterizedClassInvocation
    static void close() { store.close(); }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @CsvFileSource(resources = "/historical-facts.csv", numLinesToSkip = 1, delimiter = ';')
    void holds(String org, String subject, String date, String expected) {
        MembershipQuery q = new MembershipQuery(store, ClaimView.CURRENT);
        PartialDate at = PartialDate.parse(date);
        if (subject.equals("*")) {
            List<String> members = q.members(org, at, MembershipStatus.MEMBER).stream().map(StatusAnswer::subject).toList();
            assertThat(members).containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(" ")));
        } else {
            StatusAnswer a = q.status(subject, org, at);
            assertThat(a.status() == null ? "none" : a.status().wire())
                    .as("supported by %s", a.supporting().stream().map(c -> c.provenance().cite()).collect(Collectors.joining("; ")))
                    .isEqualTo(expected);
        }
    }
}
