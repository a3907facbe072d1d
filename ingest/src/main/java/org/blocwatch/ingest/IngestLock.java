package org.blocwatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One writer of a KB's documents and index at a time: ingests (and index repairs) into the same
 * KB wait for each other here instead of failing on Lucene's write lock. The lock is an
 * operating-system lock on a file beside the KB, so a killed process releases it.
 */
public final class IngestLock implements AutoCloseable {
    private static final long POLL_MILLIS = 200;

    private final FileChannel channel;
    private final FileLock lock;

    private IngestLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file that belongs to a database file. */
    public static Path fileFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".ingest.lock");
    }

    /** Takes the lock, telling {@code waiting} once when another writer holds it and waiting for it to finish. */
    public static IngestLock acquire(Path database, Consumer<String> waiting) {
        IngestLock lock = tryAcquire(database);
        if (lock != null) return lock;
        waiting.accept("waiting for another ingest into " + database + " to finish");
        while ((lock = tryAcquire(database)) == null) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for another ingest", e);
            }
        }
        return lock;
    }

    /** The lock if it is free now, else null. */
    public static IngestLock tryAcquire(Path database) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(fileFor(database), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) return new IngestLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            // held by another ingest in this process: as busy as one in another process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + fileFor(database) + ": " + e.getMessage(), e);
        }
        closeQuietly(channel);
        return null;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a lock file we only opened: nothing to save
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the ingest lock: " + e.getMessage(), e);
        }
    }
}
