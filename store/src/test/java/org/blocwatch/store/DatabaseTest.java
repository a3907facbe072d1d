package org.blocwatch.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class DatabaseTest {

    @TempDir Path dir;

    @Test
    void everyMigrationOnTheClassPathIsFoundAndAppliedOnce() throws Exception {
        Path db = dir.resolve("kb.db");
        try (JdbcKnowledgeStore store = Database.openSqlite(db)) {
            assertThat(SchemaVersion.available(getClass().getClassLoader())).contains("1", "2", "3", "4");
            assertThat(SchemaVersion.applied(store.connection())).containsAll(SchemaVersion.available(getClass().getClassLoader()));
        }
        try (JdbcKnowledgeStore store = Database.openSqlite(db);
             Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(SchemaVersion.available(getClass().getClassLoader()).size());
        }
    }

    @Test
    void aKnowledgeBaseInAReadOnlyFolderAnswersQueries() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path db = folder.resolve("kb.db");
        try (JdbcKnowledgeStore store = Database.openSqlite(db)) {
            store.putMeta("note", "written while writable");
        }
        try {
            assumeThat(makeReadOnly(folder, db)).as("this user can be kept from writing (permissions, or chattr as root)").isTrue();
            List<String> before = files(folder);
            try (JdbcKnowledgeStore store = Database.openSqlite(db)) {
                assertThat(store.readOnly()).isTrue();
                assertThat(store.meta("note")).contains("written while writable");
            }
            assertThat(files(folder)).as("no log, shared-memory or lock file made").isEqualTo(before);
        } finally {
            chattr("-i", folder, db);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * Takes write access to the KB and its folder away: permissions bind an ordinary user; root,
     * whom they do not bind (as in CI), is bound by the immutable attribute where the file system has one.
     */
    private static boolean makeReadOnly(Path folder, Path db) throws Exception {
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) chattr("+i", db, folder);
        return !Files.isWritable(folder) && !Files.isWritable(db);
    }

    private static void chattr(String change, Path... files) throws InterruptedException {
        for (Path f : files) {
            try {
                new ProcessBuilder("chattr", change, f.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (java.io.IOException e) {
                return; // no chattr here: the permissions are all there is
            }
        }
    }

    private static List<String> files(Path folder) throws java.io.IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
