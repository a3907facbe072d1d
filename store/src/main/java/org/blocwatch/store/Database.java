package org.blocwatch.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.nio.file.Files;
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
 * needs, where its types are narrower than SQLite's (see V6_1 there).
 */
public final class Database {
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
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (Exception e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        String url = new StoreLocation.Sqlite(file).jdbcUrl();
        migrate(Flyway.configure(Database.class.getClassLoader()).dataSource(url, null, null), url, "classpath:db/migration");
        try {
            Connection c = DriverManager.getConnection(url);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA busy_timeout = 10000");
            }
            return new JdbcKnowledgeStore(c);
        } catch (SQLException e) {
            throw new StoreException("cannot open the knowledge base " + file + ": " + e.getMessage(), e);
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
                    pg.display(), "classpath:db/migration", "classpath:db/postgresql");
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
            throw new StoreException("cannot prepare the knowledge base schema (" + where + "): " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
