package org.blocwatch.store;

import org.blocwatch.model.ReviewState;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** V6 numbers the review history of a KB made before it, keeping which decision came last. */
class ReviewOrderMigrationTest {

    @TempDir Path dir;

    @Test
    void anExistingHistoryIsNumberedInTheOrderItWasMade() throws Exception {
        Path file = dir.resolve("old.db");
        String url = new StoreLocation.Sqlite(file).jdbcUrl();
        Flyway.configure(Database.class.getClassLoader()).dataSource(url, null, null)
                .locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO claim (id, type, body, source_kind, provenance, method, confidence, review, recorded_at)"
                    + " VALUES ('c1', 'membership', '{}', 'curated', '{}', 'curated', 1.0, 'rejected', 1000)");
            // recorded and accepted in the same millisecond, rejected later; then a second claim with one row
            s.execute("INSERT INTO review_event (claim_id, state, at, note) VALUES ('c1', 'proposed', 1000, 'recorded')");
            s.execute("INSERT INTO review_event (claim_id, state, at, note) VALUES ('c1', 'accepted', 1000, 'looked at')");
            s.execute("INSERT INTO review_event (claim_id, state, at, note) VALUES ('c1', 'rejected', 2000, NULL)");
        }
        try (JdbcKnowledgeStore kb = Database.openSqlite(file)) {
            assertThat(kb.reviewAt("c1", Instant.ofEpochMilli(1000))).isEqualTo(ReviewState.ACCEPTED);
            assertThat(kb.reviewAt("c1", Instant.ofEpochMilli(2000))).isEqualTo(ReviewState.REJECTED);
            kb.review("c1", ReviewState.ACCEPTED, Instant.ofEpochMilli(2000), "again");
            assertThat(kb.reviewAt("c1", Instant.ofEpochMilli(2000))).isEqualTo(ReviewState.ACCEPTED);
            try (Statement s = kb.connection().createStatement();
                 var rs = s.executeQuery("SELECT seq FROM review_event WHERE claim_id = 'c1' ORDER BY seq")) {
                StringBuilder seqs = new StringBuilder();
                while (rs.next()) seqs.append(rs.getInt(1));
                assertThat(seqs).hasToString("1234");
            }
        }
    }
}
