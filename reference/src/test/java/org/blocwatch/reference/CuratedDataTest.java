package org.blocwatch.reference;

import org.blocwatch.model.Claim;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Provenance;
import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CuratedDataTest {

    private static final String STATES = """
            - id: AAA
              cow: 1
              names: {en: [Avalonia], de: [Avalonien], ru: [Авалония]}
              inflected: [Avaloniens]
              metonyms: [Camelot]
              demonyms: [avalonisch]
            - id: BBB
              names: {en: [Brigadoon]}
            """;

    private static Map<String, String> files(String org) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("states.yaml", STATES);
        f.put("persons.yaml", "- id: person:ann-example\n  names: {en: [Ann Example]}\n  variants: [Example]\n");
        f.put("orgs/PACT.yaml", org);
        return f;
    }

    @Test
    void readsEntitiesWithEveryKindOfAliasAndFactsWithTheirCitation() {
        CuratedData d = CuratedData.parse(files("""
                id: PACT
                kind: organisation
                names: {en: [The Pact], de: [Der Pakt]}
                abbreviations: [TP]
                memberships:
                  - {subject: AAA, status: member, from: 1992-05-15, source: "Treaty of Camelot, 1992-05-15"}
                  - {subject: BBB, status: observer, from: 2001, to: 2004-06, source: "Decision 7, 2001", note: "dates disputed"}
                """), Instant.EPOCH);
        assertThat(d.entities()).extracting(e -> e.id() + ":" + e.kind())
                .containsExactly("AAA:STATE", "BBB:STATE", "person:ann-example:PERSON", "PACT:ORGANISATION");
        assertThat(d.entities().get(0).aliases()).extracting(a -> a.text())
                .contains("Avalonia", "Avalonien", "Авалония", "Avaloniens", "Camelot", "avalonisch");
        assertThat(d.entities().get(0).code("cow")).isEqualTo("1");
        assertThat(d.claims()).hasSize(2);
        Membership bbb = (Membership) d.claims().get(1).body();
        assertThat(bbb.status()).isEqualTo(MembershipStatus.OBSERVER);
        assertThat(bbb.to().toString()).isEqualTo("2004-06");
        Provenance.Curated source = (Provenance.Curated) d.claims().get(1).provenance();
        assertThat(source.citation()).isEqualTo("Decision 7, 2001");
        assertThat(source.file()).isEqualTo("orgs/PACT.yaml");
        assertThat(source.note()).isEqualTo("dates disputed");
    }

    @Test
    void reportsEveryProblemWithItsFileAndEntry() {
        assertThatThrownBy(() -> CuratedData.parse(files("""
                id: PACT
                memberships:
                  - {subject: ZZZ, status: member, from: 1992, source: "x"}
                  - {subject: AAA, status: member, from: 1992}
                  - {subject: BBB, status: friend, source: "y"}
                  - {subject: AAA, status: member, from: 1992-02-30, source: "z"}
                """), Instant.EPOCH))
                .isInstanceOf(CuratedDataException.class)
                .satisfies(e -> assertThat(((CuratedDataException) e).problems()).containsExactly(
                        "orgs/PACT.yaml: entry 1 ({\"subject\":\"ZZZ\",\"status\":\"member\",\"from\":1992,\"source\":\"x\"}): unknown id 'ZZZ'",
                        "orgs/PACT.yaml: entry 2 ({\"subject\":\"AAA\",\"status\":\"member\",\"from\":1992}): no source given",
                        "orgs/PACT.yaml: entry 3 ({\"subject\":\"BBB\",\"status\":\"friend\",\"source\":\"y\"}): unknown status 'friend' (one of: member, associate, observer, partner, applicant, suspended)",
                        "orgs/PACT.yaml: entry 4 ({\"subject\":\"AAA\",\"status\":\"member\",\"from\":\"1992-02-30\",\"source\":\"z\"}): no such date: 1992-02-30"));
    }

    @Test
    void syncingIsIdempotentAndRetractsWhatTheFilesNoLongerSay(@TempDir Path dir) {
        String v1 = "id: PACT\nmemberships:\n  - {subject: AAA, status: member, from: 1992, source: \"Treaty\"}\n";
        String v2 = "id: PACT\nmemberships:\n  - {subject: AAA, status: member, from: 1993, source: \"Treaty\"}\n";
        try (JdbcKnowledgeStore store = Database.openSqlite(dir.resolve("kb.db"))) {
            Instant t1 = Instant.parse("2026-01-01T00:00:00Z");
            assertThat(CuratedSync.apply(store, CuratedData.parse(files(v1), t1), t1))
                    .isEqualTo(new CuratedSync.Result(4, 1, 0, 0));
            assertThat(CuratedSync.apply(store, CuratedData.parse(files(v1), t1), t1))
                    .isEqualTo(new CuratedSync.Result(4, 0, 0, 1));
            Instant t2 = t1.plusSeconds(86400);
            assertThat(CuratedSync.apply(store, CuratedData.parse(files(v2), t2), t2))
                    .isEqualTo(new CuratedSync.Result(4, 1, 1, 0));
            assertThat(store.stats().claims()).isEqualTo(1);
            assertThat(store.stats().retracted()).isEqualTo(1);
            Claim old = store.claims(org.blocwatch.store.ClaimFilter.all()).get(0);
            assertThat(old.retractedAt()).isEqualTo(t2);
            assertThat(old.knownAt(t1)).isTrue();
        }
    }

    @Test
    void readsAFolderLaidOutLikeDataCurated(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("orgs"));
        files("id: PACT\nmemberships: []\n").forEach((name, text) -> {
            try {
                Files.writeString(dir.resolve(name), text);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(CuratedData.load(dir).entities()).hasSize(4);
    }

    @Test
    void theShippedCuratedDataLoadsWithoutProblems() {
        CuratedData d = CuratedData.load();
        assertThat(d.entities().stream().filter(e -> e.kind() == EntityKind.STATE).map(e -> e.id()))
                .contains("RUS", "BLR", "UKR", "MDA", "ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB",
                        "EST", "LVA", "LTU");
        assertThat(d.entities().stream().map(e -> e.id()))
                .contains("CIS", "CSTO", "EAEU", "EURASEC", "SCO", "GUAM", "UNION_STATE", "NATO", "EU");
        assertThat(d.claims()).allSatisfy(c -> assertThat(((Provenance.Curated) c.provenance()).citation()).isNotBlank());
        var stateIds = d.entities().stream().filter(e -> e.kind() == EntityKind.STATE).map(e -> e.id()).toList();
        assertThat(d.entities().stream().filter(e -> e.kind() == EntityKind.PLACE))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(stateIds).as(p.id()).contains(p.code("in")));
    }
}
