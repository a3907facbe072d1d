package org.blocwatch.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the set-up of one SQLite KB (schema migrations, the curated load) between the
 * processes and threads that may start on a new file at once: Flyway does not lock an SQLite
 * schema, so two first commands each ran the migrations and one failed half-way. The lock is
 * a file beside the KB ({@code <kb>-setup.lock}), held by the operating system only while set-up
 * runs, so a killed process leaves no lock behind. Where that file cannot be made (a read-only
 * folder, which no set-up can write to anyway) the work runs unlocked.
 */
public final class SetupLock {

    /** Java's file locks belong to the process: threads of one process queue here first. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private SetupLock() {}

    public static Path fileOf(Path kb) {
        return kb.resolveSibling(kb.getFileName() + "-setup.lock");
    }

    /** Runs {@code work} while no other process or thread sets up the same KB. */
    public static <T> T holding(Path kb, Supplier<T> work) {
        IN_PROCESS.lock();
        try (FileChannel channel = open(kb); FileLock ignored = channel == null ? null : channel.lock()) {
            return work.get();
        } catch (IOException e) {
            throw new UnusableDatabaseException("cannot lock " + fileOf(kb) + " to set up the knowledge base: " + e.getMessage(), e);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static FileChannel open(Path kb) {
        try {
            return FileChannel.open(fileOf(kb), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
