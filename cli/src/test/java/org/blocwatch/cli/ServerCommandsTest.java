package org.blocwatch.cli;

import org.blocwatch.server.Accounts;
import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** user add, and the argument checks of serve and bench serve. */
class ServerCommandsTest {

    @TempDir static Path dir;
    static String db;

    static CliRun runWithInput(String stdin, String... args) { return CliRun.withInput(stdin, CliRun.onKb(db, args)); }

    static CliRun run(String... args) { return runWithInput("", args); }

    @BeforeAll
    static void init() {
        db = dir.resolve("kb.db").toString();
        assertThat(run("init").exit()).isZero();
    }

    @Test
    void userAddStoresAHashedPasswordAndPrintsATokenOnce() {
        CliRun r = runWithInput("a long secret 7\n", "user", "add", "vera", "--role", "reviewer", "--token");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("account vera (reviewer) saved");
        String token = r.out().substring(r.out().indexOf("bw_")).strip();
        try (JdbcKnowledgeStore store = Database.openSqlite(Path.of(db))) {
            assertThat(Accounts.signIn(store, "vera", "a long secret 7")).isPresent();
            assertThat(Accounts.signIn(store, "vera", "a long secret 8")).isEmpty();
            assertThat(Accounts.byToken(store, token).orElseThrow().name()).isEqualTo("vera");
            String hash = store.connection().createStatement().executeQuery("SELECT password_hash FROM account").getString(1);
            assertThat(hash).startsWith("$2").doesNotContain("secret");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theApiAnswersWithTheCliJsonBodies() throws Exception {
        Path kb = Path.of(db);
        try (org.blocwatch.server.BlocwatchServer server = org.blocwatch.server.BlocwatchServer.open(() -> Database.openSqlite(kb),
                org.blocwatch.ingest.search.SearchIndex.folderFor(kb), org.blocwatch.server.ServerSettings.defaults(0)).start()) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.util.Map<String, String[]> pairs = java.util.Map.of(
                    "api/v1/members?org=OVKS&at=2010", new String[]{"members", "OVKS", "--at", "2010", "--json"},
                    "api/v1/status?subject=UZB&org=CSTO&at=2005", new String[]{"status", "UZB", "CSTO", "--at", "2005", "--json"},
                    "api/v1/timeline/KAZ", new String[]{"timeline", "KAZ", "--json"});
            for (var pair : pairs.entrySet()) {
                String api = http.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + server.port() + "/" + pair.getKey())).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                CliRun cli = run(pair.getValue());
                assertThat(cli.out().strip()).as(pair.getKey()).isEqualTo(api.strip());
                assertThat(api).isNotBlank();
            }
        }
    }

    @Test
    void mistakesAreOneLineAndExitCodeTwo() {
        CliRun role = runWithInput("a long secret 7\n", "user", "add", "vera", "--role", "boss");
        assertThat(role.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(role.err().strip()).isEqualTo("blocwatch: unknown role 'boss' (reader, reviewer or admin)");
        CliRun shortPassword = runWithInput("short\n", "user", "add", "vera", "--role", "reader");
        assertThat(shortPassword.err().strip()).isEqualTo("blocwatch: the password needs at least 8 characters");
        CliRun port = run("serve", "--port", "70000");
        assertThat(port.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(port.err().strip()).isEqualTo("blocwatch: --port must be between 0 and 65535");
        CliRun url = run("bench", "serve", "--url", "http://192.0.2.1:8080/");
        assertThat(url.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(url.err()).contains("--url must be on this machine");
    }
}
