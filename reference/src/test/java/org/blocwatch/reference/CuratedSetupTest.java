package org.blocwatch.reference;

import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.blocwatch.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A load of the curated data that stops half-way leaves a KB the next command recognises and completes. */
class CuratedSetupTest {

    private static final Map<String, String> FILES = Map.of(
            "states.yaml", "- id: AAA\n  names: {en: [Avalonia]}\n- id: BBB\n  names: {en: [Brigadoon]}\n",
            "orgs/PACT.yaml",
            "id: PACT\nmemberships:\n  - {subject: AAA, status: member, from: 1999, source: \"Invented Treaty Series, no. 1\"}\n");

    @Test
    void aLoadInterruptedAfterTheEntitiesLeavesNothingAndIsCompletedNextTime(@TempDir Path dir) {
        CuratedData data = CuratedData.parse(FILES, Instant.EPOCH);
        try (JdbcKnowledgeStore store = Database.openSqlite(dir.resolve("kb.db"))) {
            assertThat(CuratedSync.need(store, data.fingerprint(), true)).isEqualTo(CuratedSync.Need.CREATE);
            assertThatThrownBy(() -> CuratedSync.apply(failingOnRecord(store), data, Instant.EPOCH))
                    .hasMessageContaining("killed");
        }
        try (JdbcKnowledgeStore store = Database.openSqlite(dir.resolve("kb.db"))) {
            assertThat(store.stats().entities()).isZero();
            assertThat(CuratedSync.need(store, data.fingerprint(), false)).isEqualTo(CuratedSync.Need.COMPLETE);
            CuratedSync.apply(store, data, Instant.EPOCH);
            assertThat(CuratedSync.need(store, data.fingerprint(), false)).isEqualTo(CuratedSync.Need.NOTHING);
            assertThat(store.stats().claims()).isEqualTo(1);
        }
    }

    @Test
    void editedCuratedFilesMakeTheKbOutdated(@TempDir Path dir) {
        CuratedData data = CuratedData.parse(FILES, Instant.EPOCH);
        Map<String, String> edited = new LinkedHashMap<>(FILES);
        edited.put("states.yaml", FILES.get("states.yaml").replace("Brigadoon", "Brigadoon, Brigadun"));
        try (JdbcKnowledgeStore store = Database.openSqlite(dir.resolve("kb.db"))) {
            CuratedSync.apply(store, data, Instant.EPOCH);
            assertThat(CuratedSync.need(store, CuratedFiles.fingerprint(edited), false)).isEqualTo(CuratedSync.Need.UPDATE);
        }
    }

    @Test
    void aJarsDirectoryGivesTheSameFingerprintAsTheFilesContents(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("curated.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var f : FILES.entrySet()) {
                out.putNextEntry(new JarEntry("curated/" + f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(CuratedFiles.fingerprintOfClassPath(loader, "curated")).isEqualTo(CuratedFiles.fingerprint(FILES));
        }
    }

    /** The store as a process killed while recording the claims would leave it: the exception rolls the transaction back. */
    private static KnowledgeStore failingOnRecord(KnowledgeStore real) {
        return (KnowledgeStore) Proxy.newProxyInstance(KnowledgeStore.class.getClassLoader(), new Class<?>[] {KnowledgeStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("record")) throw new IllegalStateException("killed while recording the claims");
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
