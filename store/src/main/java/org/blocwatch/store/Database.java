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
 * Opens the embedded SQLite knowledge base at a path, bringing its schema up to date with
 * Flyway. Migrations live in {@code db/migration} on the class path; other modules may add
 * their own numbered migrations there.
 */
public final class Database {
    private Database() {}

    public static JdbcKnowledgeStore openSqlite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (Exception e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        migrate(url);
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

    private static void migrate(String url) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(url, null, null)
                    .loggers("slf4j")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot prepare the knowledge base schema (" + url + "): " + e.getMessage(), e);
        }
    }
}
