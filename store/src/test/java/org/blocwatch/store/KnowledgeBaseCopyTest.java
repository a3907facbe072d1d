package org.blocwatch.store;

import org.blocwatch.model.Alias;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Claim;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** migrate's copy, SQLite → PostgreSQL → SQLite, compared row by row and column by column. */
class KnowledgeBaseCopyTest {

    @TempDir Path sqlite;
    @TempDir Path postgres;
    @TempDir Path back;

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aKnowledgeBaseMovesToPostgresqlAndBackUnchanged() {
        Map<String, List<String>> original;
        try (JdbcKnowledgeStore a = TestStores.SQLITE.open(sqlite)) {
            fill(a);
            original = dump(a);
            try (JdbcKnowledgeStore b = TestStores.POSTGRESQL.open(postgres)) {
                assertThat(KnowledgeBaseCopy.copy(a, b)).containsEntry("document", 2L).containsEntry("review_event", 5L);
                assertThat(dump(b)).isEqualTo(original);
                try (JdbcKnowledgeStore c = TestStores.SQLITE.open(back)) {
                    KnowledgeBaseCopy.copy(b, c);
                    assertThat(dump(c)).isEqualTo(original);
                    Claim reviewed = c.claims(ClaimFilter.about("BBB")).get(0);
                    assertThat(c.reviewAt(reviewed.id(), T0.plusSeconds(60))).isEqualTo(ReviewState.REJECTED);
                    assertThat(reviewed.confidence()).isEqualTo(0.7);
                }
            }
        }
        assertThat(original.get("document")).hasSize(2);
    }

    @Test
    void aKnowledgeBaseThatIsNotEmptyIsNotOverwritten() {
        try (JdbcKnowledgeStore a = TestStores.SQLITE.open(sqlite); JdbcKnowledgeStore b = TestStores.POSTGRESQL.open(postgres)) {
            fill(a);
            b.putEntities(List.of(new Entity("ZZZ", EntityKind.STATE, "Zedland", List.of(), Map.of())));
            assertThatThrownBy(() -> KnowledgeBaseCopy.copy(a, b)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not empty");
            assertThat(KnowledgeBaseCopy.rowCounts(b)).containsEntry("entity", 1L).containsEntry("claim", 0L);
        }
    }

    /** Every kind of row: aliases, a retracted claim, review history with a tie in time, a duplicate document. */
    static void fill(JdbcKnowledgeStore kb) {
        kb.putEntities(List.of(
                new Entity("AAA", EntityKind.STATE, "Aland", List.of(new Alias("Åländ", "de", AliasKind.NAME)), Map.of("cow", "901")),
                new Entity("BBB", EntityKind.STATE, "Bland", List.of(new Alias("Бланд", "ru", AliasKind.NAME)), Map.of()),
                new Entity("PACT", EntityKind.ORGANISATION, "Pact", List.of(), Map.of())));
        Claim curated = Claim.of(Membership.span("AAA", "PACT", MembershipStatus.MEMBER, PartialDate.parse("1992-05"), null),
                new Provenance.Curated("Treaty of Nowhere", "orgs/PACT.yaml", "a note"), Method.CURATED, 1.0, ReviewState.ACCEPTED, T0);
        Claim extracted = Claim.of(Membership.span("BBB", "PACT", MembershipStatus.OBSERVER, PartialDate.parse("2001"), null),
                new Provenance.Document("note-1", 4, 8, "Satz"), Method.extracted("status"), 0.7, ReviewState.PROPOSED, T0);
        kb.record(List.of(curated, extracted));
        kb.review(extracted.id(), ReviewState.ACCEPTED, T0, "same millisecond as recording");
        kb.review(extracted.id(), ReviewState.REJECTED, T0.plusSeconds(60), null);
        kb.retract(curated.id(), T0.plusSeconds(120));
        kb.record(List.of(Claim.of(Membership.span("AAA", "PACT", MembershipStatus.MEMBER, PartialDate.parse("1992-05-15"), null),
                new Provenance.Curated("Treaty of Nowhere, revised", "orgs/PACT.yaml", null), Method.CURATED, 1.0,
                ReviewState.ACCEPTED, T0.plusSeconds(120))));
        JdbcDocumentStore docs = new JdbcDocumentStore(kb.connection());
        NormalisedText text = new NormalisedText("Ein  Satz.", "Ein Satz.", new int[]{0, 1, 2, 4, 5, 6, 7, 8, 9, 10});
        docs.add(new StoredDocument("note-2", "in/note-2.txt", null, null, null, null, null, "bb22", "tt", text,
                List.of(), new int[]{5}, null, 1_700_000_000_001L), List.of(), List.of());
        docs.add(new StoredDocument("note-1", "in/note-1.txt", "Ein Titel", "Anna Probe", "Blatt", PartialDate.parse("2023-09"),
                "de", "aa11", "tt", text, List.of("1 https://example.org/a"), new int[]{1, -2, 3}, "note-2", 1_700_000_000_002L),
                List.of(), List.of());
    }

    /** Each table's rows as text, column by column, in a fixed order. */
    static Map<String, List<String>> dump(JdbcKnowledgeStore kb) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement s = kb.connection().createStatement()) {
            for (String table : KnowledgeBaseCopy.TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> row = new TreeMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.put(meta.getColumnName(i).toLowerCase(), v instanceof Number n && !(v instanceof Double || v instanceof Float)
                                    ? Long.toString(n.longValue()) : String.valueOf(v));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }
}
