package org.blocwatch.ingest;

import org.blocwatch.store.ProcessLock;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One writer of a KB's documents and index at a time: ingests (and index repairs) into the same
 * KB wait for each other here instead of failing on Lucene's write lock. It is a
 * {@link ProcessLock} on a file beside the KB, so a killed process releases it.
 */
public final class IngestLock implements AutoCloseable {

    private final ProcessLock lock;

    private IngestLock(ProcessLock lock) {
        this.lock = lock;
    }

    /** The lock file that belongs to a database file. */
    public static Path fileFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".ingest.lock");
    }

    /** Takes the lock, telling {@code waiting} once when another writer holds it and waiting for it to finish. */
    public static IngestLock acquire(Path database, Consumer<String> waiting) {
        return new IngestLock(ProcessLock.acquire(fileFor(database),
                () -> waiting.accept("waiting for another ingest into " + database + " to finish")));
    }

    /** The lock if it is free now, else null. */
    public static IngestLock tryAcquire(Path database) {
        ProcessLock lock = ProcessLock.tryAcquire(fileFor(database));
        return lock == null ? null : new IngestLock(lock);
    }

    @Override
    public void close() {
        lock.close();
    }
}
