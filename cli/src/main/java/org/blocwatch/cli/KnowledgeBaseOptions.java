package org.blocwatch.cli;

import org.blocwatch.reference.CuratedData;
import org.blocwatch.reference.CuratedSync;
import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.blocwatch.store.SetupLock;
import org.blocwatch.store.StoreLocation;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Where the knowledge base lives: --db PATH (an SQLite file) or --jdbc URL (a PostgreSQL
 * database), else $BLOCWATCH_JDBC, else $BLOCWATCH_DB, else a file in the per-user data folder
 * ($XDG_DATA_HOME/blocwatch or ~/.local/share/blocwatch). An option beats the environment.
 * A command that needs the KB creates and fills it on first use: a new file, or a database
 * without entities.
 */
public final class KnowledgeBaseOptions {

    public static final String ENV = "BLOCWATCH_DB";
    public static final String JDBC_ENV = "BLOCWATCH_JDBC";

    @Option(names = "--db", paramLabel = "PATH", description = "The knowledge base file (default: $BLOCWATCH_DB or the per-user data folder).")
    Path db;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "A PostgreSQL knowledge base instead of the file: postgresql://[user[:password]@]host[:port]/database"
                    + " (default: $BLOCWATCH_JDBC; user and password also from $PGUSER, $PGPASSWORD).")
    String jdbc;

    /** Where the KB is; a malformed URL, or both --db and --jdbc, is the user's mistake. */
    public StoreLocation location() {
        return location(System.getenv());
    }

    StoreLocation location(Map<String, String> env) {
        if (db != null && jdbc != null)
            throw new IllegalArgumentException("--db and --jdbc name two knowledge bases: give one of them");
        if (db != null) return new StoreLocation.Sqlite(db);
        if (jdbc != null) return StoreLocation.parse(jdbc, env);
        String url = env.get(JDBC_ENV);
        if (url != null && !url.isBlank()) return StoreLocation.parse(url, env);
        String file = env.get(ENV);
        if (file != null && !file.isBlank()) return new StoreLocation.Sqlite(Path.of(file));
        return new StoreLocation.Sqlite(dataFolder().resolve("blocwatch.db"));
    }

    /** The per-user data folder, which also holds the search indexes of PostgreSQL knowledge bases. */
    static Path dataFolder() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("blocwatch");
    }

    /**
     * Opens the KB and makes sure it holds the packed curated data in full: a new KB is filled, one
     * whose set-up was interrupted is completed, one of an earlier version is brought up to date,
     * each saying so in one line.
     */
    public JdbcKnowledgeStore open(PrintWriter err) {
        StoreLocation location = location();
        boolean newFile = location instanceof StoreLocation.Sqlite s && !Files.exists(s.file());
        JdbcKnowledgeStore store = Database.open(location);
        // a PostgreSQL database is made by its administrator: empty, it is new to blocwatch
        boolean created = newFile || location instanceof StoreLocation.Postgres && store.stats().entities() == 0;
        if (CuratedSync.need(store, CuratedData.packedFingerprint(), created) == CuratedSync.Need.NOTHING) return store;
        // two first commands on a new file: the second waits for the first's load, then finds nothing to do
        if (location instanceof StoreLocation.Sqlite s)
            return SetupLock.holding(s.file(), () -> fill(store, location, created, err));
        return fill(store, location, created, err);
    }

    private static JdbcKnowledgeStore fill(JdbcKnowledgeStore store, StoreLocation location, boolean created, PrintWriter err) {
        CuratedSync.Need need = CuratedSync.need(store, CuratedData.packedFingerprint(), created);
        if (need == CuratedSync.Need.NOTHING) return store;
        String where = location.display();
        if (store.readOnly()) {
            err.println("blocwatch: the knowledge base at " + where + " is read-only and does not hold this version's curated data in full; answering from it as it is");
            return store;
        }
        err.println(switch (need) {
            case CREATE -> "blocwatch: creating the knowledge base at " + where;
            case COMPLETE -> "blocwatch: completing the knowledge base at " + where + " (its set-up was interrupted)";
            default -> "blocwatch: bringing the knowledge base at " + where + " up to date with the curated data";
        });
        err.flush();
        CuratedSync.apply(store, CuratedData.load(), Instant.now());
        return store;
    }
}
