package org.blocwatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a file, held until closed: a killed process releases it, so no
 * stale lock survives a crash. Another thread of the same process holding it counts as busy, as
 * another process would. Ingests ({@code IngestLock}) and a new KB's set-up ({@link SetupLock})
 * queue on such locks.
 */
public final class ProcessLock implements AutoCloseable {
    private static final long POLL_MILLIS = 200;

    private final FileChannel channel;
    private final FileLock lock;

    private ProcessLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, calling {@code onWait} once if it is held elsewhere, and waiting for it. */
    public static ProcessLock acquire(Path file, Runnable onWait) {
        ProcessLock lock = tryAcquire(file);
        if (lock != null) return lock;
        onWait.run();
        while ((lock = tryAcquire(file)) == null) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the lock " + file, e);
            }
        }
        return lock;
    }

    /** The lock if it is free now, else null; an {@link UncheckedIOException} if the file cannot be made. */
    public static ProcessLock tryAcquire(Path file) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) return new ProcessLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            // held by another thread of this process: as busy as another process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
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
            throw new UncheckedIOException("cannot release the lock: " + e.getMessage(), e);
        }
    }
}
