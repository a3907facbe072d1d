package org.blocwatch.store;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Serialises the set-up of one SQLite KB (schema migrations, the curated load) between the
 * processes and threads that may start on a new file at once: Flyway does not lock an SQLite
 * schema, so two first commands each ran the migrations and one failed half-way. The lock is a
 * {@link ProcessLock} on a file beside the KB ({@code <kb>-setup.lock}). Where that file cannot be
 * made (a read-only folder, which no set-up can write to anyway) the work runs unlocked.
 */
public final class SetupLock {

    private SetupLock() {}

    public static Path fileOf(Path kb) {
        return kb.resolveSibling(kb.getFileName() + "-setup.lock");
    }

    /** Runs {@code work} while no other process or thread sets up the same KB. */
    public static <T> T holding(Path kb, Supplier<T> work) {
        ProcessLock lock;
        try {
            lock = ProcessLock.acquire(fileOf(kb), () -> { });
        } catch (UncheckedIOException e) {
            return work.get();
        }
        try (lock) {
            return work.get();
        }
    }
}
