package org.blocwatch.cli;

import org.blocwatch.reference.CuratedData;
import org.blocwatch.reference.CuratedSync;
import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where the knowledge base lives: --db, else $BLOCWATCH_DB, else a file in the per-user data
 * folder ($XDG_DATA_HOME/blocwatch or ~/.local/share/blocwatch). A command that needs the KB
 * creates and fills it on first use.
 */
public final class KnowledgeBaseOptions {

    public static final String ENV = "BLOCWATCH_DB";

    @Option(names = "--db", paramLabel = "PATH", description = "The knowledge base file (default: $BLOCWATCH_DB or the per-user data folder).")
    Path db;

    public Path path() {
        if (db != null) return db;
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) return Path.of(env);
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("blocwatch").resolve("blocwatch.db");
    }

    /**
     * Opens the KB and makes sure it holds the packed curated data in full: a new KB is filled, one
     * whose set-up was interrupted is completed, one of an earlier version is brought up to date,
     * each saying so in one line.
     */
    public JdbcKnowledgeStore open(PrintWriter err) {
        Path path = path();
        boolean created = !Files.exists(path);
        JdbcKnowledgeStore store = Database.openSqlite(path);
        CuratedSync.Need need = CuratedSync.need(store, CuratedData.packedFingerprint(), created);
        if (need == CuratedSync.Need.NOTHING) return store;
        if (store.readOnly()) {
            err.println("blocwatch: the knowledge base at " + path + " is read-only and does not hold this version's curated data in full; answering from it as it is");
            return store;
        }
        err.println(switch (need) {
            case CREATE -> "blocwatch: creating the knowledge base at " + path;
            case COMPLETE -> "blocwatch: completing the knowledge base at " + path + " (its set-up was interrupted)";
            default -> "blocwatch: bringing the knowledge base at " + path + " up to date with the curated data";
        });
        err.flush();
        CuratedSync.apply(store, CuratedData.load(), Instant.now());
        return store;
    }
}
