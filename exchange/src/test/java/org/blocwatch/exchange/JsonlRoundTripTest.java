package org.blocwatch.exchange;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Event;
import org.blocwatch.model.EventKind;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.blocwatch.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlRoundTripTest {
    @TempDir Path dir;

    private static List<String> export(KnowledgeStore store) {
        return store.claims(ClaimFilter.all()).stream().map(c -> ClaimJson.write(ClaimJson.claim(c))).toList();
    }

    @Test
    void anExportImportedIntoAnEmptyKbReproducesEveryClaim() throws IOException {
        Path file = dir.resolve("export.jsonl");
        List<String> original;
        try (JdbcKnowledgeStore a = Fixtures.store(dir)) {
            CowImport.run(a, Fixtures.cowDir(), Instant.parse("2026-02-01T10:00:00.123Z"));
            Claim proposed = Claim.of(new Event(EventKind.SUMMIT, List.of("RUS", "KAZ"), "CSTO", "Moscow",
                            DateRef.of(PartialDate.parse("2010-12-10")), "held"),
                    new Provenance.Document("seed-004", 10, 42, "Der Gipfel der OVKS fand in Moskau statt."),
                    Method.extracted("summit-rule"), 0.7, ReviewState.PROPOSED, Instant.parse("2026-02-02T00:00:00Z"));
            Claim withdrawn = Fixtures.curated("UZB", "CSTO", "2006-06-23", "2012-06-28");
            a.record(List.of(proposed, withdrawn));
            a.retract(withdrawn.id(), Instant.parse("2026-02-03T00:00:00Z"));
            original = export(a);
        }
        Files.write(file, original);

        try (JdbcKnowledgeStore b = Database.openSqlite(dir.resolve("other.db"))) {
            JsonlImport.Result r = JsonlImport.run(b, file);
            assertThat(r.problems().count()).isZero();
            assertThat(r.recorded()).isEqualTo(original.size());
            assertThat(export(b)).containsExactlyElementsOf(original);
            assertThat(JsonlImport.run(b, file).recorded()).isZero();
        }
    }

    @Test
    void unreadableLinesAreReportedAndTheOthersImported() throws IOException {
        Claim good = Claim.of(Membership.span("KAZ", "CSTO", MembershipStatus.MEMBER, PartialDate.ofYear(1992), null),
                new Provenance.Curated("treaty", null, null), Method.CURATED, 1.0, ReviewState.ACCEPTED, Instant.EPOCH);
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, List.of("{not json", ClaimJson.write(ClaimJson.claim(good)),
                "{\"doc\":\"x\",\"type\":\"membership\",\"subject\":\"KAZ\",\"object\":\"CSTO\",\"status\":\"member\",\"from\":\"1992-13\",\"quote\":\"q\"}"));
        try (JdbcKnowledgeStore store = Database.openSqlite(dir.resolve("kb.db"))) {
            JsonlImport.Result r = JsonlImport.run(store, file);
            assertThat(r.recorded()).isEqualTo(1);
            assertThat(r.problems().lines()).hasSize(2);
            assertThat(r.problems().lines().get(0)).startsWith("mixed.jsonl line 1: ");
            assertThat(r.problems().lines().get(1)).isEqualTo("mixed.jsonl line 3: no such date: 1992-13");
            assertThat(store.claim(good.id())).contains(good);
        }
    }
}
