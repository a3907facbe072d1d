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
 * Opens the embedded SQLite knowledge base at a path, bringing its schema up to date with
 * Flyway. Migrations live in {@code db/migration} on the class path; other modules may add
 * their own numbered migrations there. A path that cannot be a KB is an
 * {@link UnusableDatabaseException}; a KB that cannot be written (a read-only file, folder or
 * medium) is opened read-only and answers queries, as long as its schema is current.
 */
public final class Database {
    private Database() {}

    public static JdbcKnowledgeStore openSqlite(Path file) {
        DatabaseFile.check(file);
        boolean readOnly = DatabaseFile.readOnly(file);
        if (readOnly && DatabaseFile.hasPendingLog(file))
            throw new UnusableDatabaseException(file + " is read-only and its write-ahead log holds changes not yet saved into it; open it once where it can be written");
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(readOnly);
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
            if (!current) migrate(url, file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                if (!readOnly) {
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = NORMAL");
                }
                s.execute("PRAGMA busy_timeout = 10000");
            }
            return new JdbcKnowledgeStore(c);
        } catch (UnusableDatabaseException e) {
            throw e;
        } catch (SQLException e) {
            throw new UnusableDatabaseException("cannot open the knowledge base " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static void migrate(String url, Path file) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(url, null, null)
                    .loggers("slf4j")
                    .locations("classpath:" + SchemaVersion.LOCATION)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new UnusableDatabaseException("cannot prepare the knowledge base schema of " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
