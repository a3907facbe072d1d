package org.blocwatch.store;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests of one JVM, started on first use from the binaries of
 * Debian's {@code postgresql} package ({@code /usr/lib/postgresql/N/bin}, else {@code initdb}
 * on the PATH): a throw-away cluster in a temporary folder on a free loopback port, without
 * fsync, stopped when the JVM exits. initdb and postgres refuse to run as root, so as root
 * (CI) they run as the package's {@code postgres} user through {@code runuser}. Each test KB is
 * a schema of its own, which is much cheaper than a database. The collation is ICU's English,
 * as on a typical server, so that no test depends on PostgreSQL sorting text like SQLite.
 * <p>
 * {@code BLOCWATCH_TEST_PG} (a {@code postgresql://} URL of a database the tests may fill)
 * uses a running server instead. Where no server can be started the PostgreSQL tests are
 * skipped with the reason, except under CI ({@code CI=true}), where that is a failure.
 */
public final class PostgresTestServer {

    private static PostgresTestServer instance;
    private static String unavailable;

    private final String baseUrl;
    private final Map<Path, String> schemas = new HashMap<>();

    private PostgresTestServer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The server, or the test is skipped (a failure under CI) when none can be had. */
    public static synchronized PostgresTestServer get() {
        if (instance == null && unavailable == null) {
            try {
                String given = System.getenv("BLOCWATCH_TEST_PG");
                String url = given != null && !given.isBlank() ? given.strip() : start();
                Database.open(url).close(); // the server answers, and the schema migrates
                instance = new PostgresTestServer(url);
            } catch (Exception e) {
                unavailable = e.getMessage();
            }
        }
        if (instance == null) {
            String why = "no PostgreSQL server for the tests: " + unavailable;
            if ("true".equals(System.getenv("CI"))) throw new IllegalStateException(why);
            Assumptions.abort(why);
        }
        return instance;
    }

    /** The location of the test KB that belongs to this folder: a new empty schema on first request. */
    public synchronized String location(Path dir) {
        return schemas.computeIfAbsent(dir.toAbsolutePath(), d -> {
            String schema = "kb_" + (schemas.size() + 1) + "_" + ProcessHandle.current().pid();
            StoreLocation.Postgres server = (StoreLocation.Postgres) StoreLocation.parse(baseUrl);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.properties());
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the test schema " + schema + ": " + e.getMessage(), e);
            }
            return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        });
    }

    private static String start() throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("blocwatch-pg-");
        if (root) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
        }
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        run(root, dir, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-sync", "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en");
        run(root, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50", "start");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(root, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
            } catch (Exception ignored) {
                // the JVM is exiting; a server left behind dies with its folder's removal below
            }
            deleteQuietly(dir);
        }));
        return "postgresql://postgres@127.0.0.1:" + port + "/postgres";
    }

    /** The newest PostgreSQL in Debian's layout, else the folder of initdb on the PATH. */
    private static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparing(v -> v.getFileName().toString(), Comparator.comparingInt(
                                (String n) -> n.matches("\\d+") ? Integer.parseInt(n) : 0)));
                if (newest.isPresent()) return newest.get().resolve("bin");
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path initdb = Path.of(dir, "initdb");
            if (Files.isExecutable(initdb)) return initdb.toRealPath().getParent();
        }
        throw new IOException("no initdb found (install Debian's postgresql package, as .ci/install-tools does)");
    }

    private static void run(boolean asPostgres, Path dir, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asPostgres) line.addAll(List.of("runuser", "-u", "postgres", "--"));
        line.addAll(List.of(command));
        Path log = dir.resolve("command.log");
        Process p = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", line) + " did not finish in 90 s");
        }
        if (p.exitValue() != 0) {
            List<String> out = Files.readAllLines(log);
            throw new IOException(String.join(" ", line) + " failed: " + String.join(" | ", out.subList(Math.max(0, out.size() - 3), out.size())));
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
