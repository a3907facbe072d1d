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

    /** Opens the KB, initialising it with the curated data when it does not exist yet. */
    public JdbcKnowledgeStore open(PrintWriter err) {
        Path path = path();
        boolean fresh = !Files.exists(path);
        JdbcKnowledgeStore store = Database.openSqlite(path);
        if (fresh) {
            err.println("blocwatch: creating the knowledge base at " + path);
            CuratedSync.apply(store, CuratedData.load(), Instant.now());
        }
        return store;
    }
}
