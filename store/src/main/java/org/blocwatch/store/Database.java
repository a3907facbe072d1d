package org.blocwatch.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens a knowledge base, bringing its schema up to date with Flyway: the embedded SQLite file
 * at a path, or a PostgreSQL database (see {@link StoreLocation}). Migrations live in
 * {@code db/migration} on the class path, portable SQL that both run; other modules may add
 * their own numbered migrations there. {@code db/postgresql} holds the few steps only PostgreSQL
 * needs, where its types are narrower than SQLite's (see V6_1 there). A path that cannot be a KB
 * is an {@link UnusableDatabaseException}; a SQLite KB that cannot be written (a read-only file,
 * folder or medium) is opened read-only and answers queries, as long as its schema is current.
 */
public final class Database {
    /** How long a connection waits for another writer of the same SQLite file before it fails. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private Database() {}

    /** A file path opens SQLite; {@code postgresql://…} or {@code jdbc:postgresql://…} opens PostgreSQL. */
    public static JdbcKnowledgeStore open(String location) {
        return open(StoreLocation.parse(location));
    }

    public static JdbcKnowledgeStore open(StoreLocation location) {
        if (location instanceof StoreLocation.Sqlite s) return openSqlite(s.file());
        return openPostgres((StoreLocation.Postgres) location);
    }

    public static JdbcKnowledgeStore openSqlite(Path file) {
        DatabaseFile.check(file);
        boolean readOnly = DatabaseFile.readOnly(file);
        if (readOnly && DatabaseFile.hasPendingLog(file))
            throw new UnusableDatabaseException(file + " is read-only and its write-ahead log holds changes not yet saved into it; open it once where it can be written");
        String url = new StoreLocation.Sqlite(file).jdbcUrl();
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(readOnly);
            // from the first statement on: another process may be setting up a new KB right now
            config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
            // A WAL-mode KB opened read-only needs a shared-memory file it cannot create in a
            // read-only folder; with its log checkpointed (as after every clean close) it is
            // immutable while read-only, which SQLite then reads without locks or log.
            Connection c = DriverManager.getConnection(readOnly ? "jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1" : url,
                    config.toProperties());
            boolean current = SchemaVersion.applied(c).containsAll(SchemaVersion.available(Database.class.getClassLoader()));
            if (!current && readOnly) {
                c.close();
                throw new UnusableDatabaseException(file + " is read-only and its schema is older than this blocwatch; open it once where it can be written");
            }
            // Flyway re-reads the history once it holds the lock: a migration another process ran meanwhile is not run twice
            if (!current) SetupLock.holding(file, () -> {
                migrate(Flyway.configure(Database.class.getClassLoader()).dataSource(url + "?busy_timeout=" + BUSY_TIMEOUT_MILLIS, null, null), file.toString(),
                        "classpath:" + SchemaVersion.LOCATION);
                return null;
            });
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                if (!readOnly) {
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = NORMAL");
                }
            }
            return new JdbcKnowledgeStore(c);
        } catch (UnusableDatabaseException e) {
            throw e;
        } catch (SQLException e) {
            throw new UnusableDatabaseException("cannot open the knowledge base " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Connects before migrating, so that a wrong host, port, database or password is one
     * message naming the server rather than Flyway's account of it.
     */
    private static JdbcKnowledgeStore openPostgres(StoreLocation.Postgres pg) {
        Connection c;
        try {
            c = DriverManager.getConnection(pg.jdbcUrl(), pg.properties());
        } catch (SQLException e) {
            throw new BadLocationException("cannot connect to the knowledge base " + pg.display() + ": "
                    + firstLine(e.getMessage()), e);
        }
        try {
            migrate(Flyway.configure(Database.class.getClassLoader()).dataSource(pg.jdbcUrl(), pg.user(), pg.password()),
                    pg.display(), "classpath:" + SchemaVersion.LOCATION, "classpath:db/postgresql");
            return new JdbcKnowledgeStore(c);
        } catch (RuntimeException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the migration's failure is the one to report
            }
            throw e;
        }
    }

    private static void migrate(org.flywaydb.core.api.configuration.FluentConfiguration flyway, String where, String... locations) {
        try {
            flyway.loggers("slf4j").locations(locations).load().migrate();
        } catch (FlywayException e) {
            throw new UnusableDatabaseException("cannot prepare the knowledge base schema of " + where + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
