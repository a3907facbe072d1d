package org.blocwatch.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several processes open one KB file that does not exist yet, as several first commands of a
 * new user do: each must find a complete schema, with every migration applied once. Before the
 * set-up lock, all but one failed half-way through a migration.
 */
class FirstOpenRaceTest {

    @TempDir Path dir;

    /** One process of the race: opens the KB and says how it went in its exit code. */
    public static void main(String[] args) {
        try (JdbcKnowledgeStore store = Database.openSqlite(Path.of(args[0]))) {
            System.exit(store.stats().claims() >= 0 ? 0 : 1);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    @Test
    void processesOpeningANewKnowledgeBaseAtOnceAllFindItsSchemaComplete() throws Exception {
        Path db = dir.resolve("new.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> race = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            race.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    FirstOpenRaceTest.class.getName(), db.toString()).redirectErrorStream(true).start());
        }
        for (Process p : race) {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.exitValue()).as(output).isZero();
        }
        try (JdbcKnowledgeStore store = Database.openSqlite(db);
             Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT version, COUNT(*) FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL AND success = 1 GROUP BY version")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                assertThat(rs.getInt(2)).as("applications of migration " + rs.getString(1)).isEqualTo(1);
                versions.add(rs.getString(1).replace('_', '.'));
            }
            assertThat(versions).containsExactlyInAnyOrderElementsOf(SchemaVersion.available(getClass().getClassLoader()));
        }
    }
}
