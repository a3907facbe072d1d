package org.blocwatch.cli;

import org.blocwatch.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** migrate from SQLite to PostgreSQL and back, judged by the exports on all three sides. */
class MigrateCommandTest {

    @TempDir Path dir;
    @TempDir Path server;

    static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void theCuratedKbWithIngestedDocumentsRoundTripsWithIdenticalExports() throws Exception {
        String postgres = TestStores.POSTGRESQL.location(server);
        String a = dir.resolve("a.db").toString(), b = dir.resolve("b.db").toString();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("steppe.txt"), """
                Stand: 12.05.2023

                Steppenbund tagt in Tarasun

                Der Steppenbund hat in Tarasun über Wasserrechte beraten. Kasachstan trat dem Bund im Jahr 1999 bei.
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("steppe-kopie.txt"), """
                Stand: 12.05.2023

                Steppenbund tagt in Tarasun

                Der Steppenbund hat in Tarasun über Wasserrechte beraten. Kasachstan trat dem Bund im Jahr 1999 bei!
                """, StandardCharsets.UTF_8);
        assertThat(run("init", "--db", a).exit()).isZero();
        assertThat(run("ingest", "--db", a, in.toString()).out()).contains("2 ingested");

        CliRun there = run("migrate", "--db", a, "--to", postgres);
        assertThat(there.exit()).as(there.err()).isZero();
        assertThat(there.out()).contains("2 document", "to postgresql://");
        CliRun back = run("migrate", "--jdbc", postgres, "--to", b);
        assertThat(back.exit()).as(back.err()).isZero();

        for (String[] command : new String[][]{{"export", "--format", "jsonl", "--include-proposed"}, {"docs", "--json"}}) {
            String sqlite = run(with(command, "--db", a)).out();
            assertThat(sqlite).isNotBlank();
            assertThat(run(with(command, "--jdbc", postgres)).out()).isEqualTo(sqlite);
            assertThat(run(with(command, "--db", b)).out()).isEqualTo(sqlite);
        }

        CliRun again = run("migrate", "--db", a, "--to", postgres);
        assertThat(again.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err().strip()).startsWith("blocwatch: the target knowledge base is not empty").doesNotContain("\n");
    }

    @Test
    void anUnreachableOrMalformedLocationIsOneLineAndExitCodeTwo() {
        for (String url : new String[]{"postgresql://127.0.0.1:1/blocwatch", "postgresql://localhost", "mysql://localhost/kb"}) {
            CliRun r = run("members", "PACT", "--at", "2000", "--jdbc", url);
            assertThat(r.exit()).as(url).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err().strip()).as(url).startsWith("blocwatch: ").doesNotContain("\n").doesNotContain("Exception");
        }
        CliRun both = run("members", "PACT", "--at", "2000", "--db", dir.resolve("a.db").toString(), "--jdbc", "postgresql://localhost/kb");
        assertThat(both.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(both.err()).contains("--db and --jdbc");
    }

    private static String[] with(String[] command, String option, String value) {
        String[] all = java.util.Arrays.copyOf(command, command.length + 2);
        all[command.length] = option;
        all[command.length + 1] = value;
        return all;
    }
}
