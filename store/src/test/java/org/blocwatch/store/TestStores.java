package org.blocwatch.store;

import java.nio.file.Path;

/**
 * The two stores every store, query and answers test runs against: the embedded SQLite file
 * and a real PostgreSQL server ({@link PostgresTestServer}). A test class takes one as the
 * parameter of {@code @ParameterizedClass @EnumSource(TestStores.class)}.
 */
public enum TestStores {
    SQLITE {
        @Override public String location(Path dir) { return dir.resolve("kb.db").toString(); }
    },
    POSTGRESQL {
        @Override public String location(Path dir) { return PostgresTestServer.get().location(dir); }
    };

    /** Where the test KB of this folder lives: the same place each time it is asked. */
    public abstract String location(Path dir);

    /** Opens (creating on first use) the test KB of this folder. */
    public JdbcKnowledgeStore open(Path dir) {
        return Database.open(location(dir));
    }
}
