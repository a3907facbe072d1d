package org.blocwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks a path before SQLite sees it, so that each way it cannot be a knowledge base is one
 * clear sentence rather than a driver's error, and tells whether it can only be read.
 */
final class DatabaseFile {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFile() {}

    /** Throws {@link UnusableDatabaseException} unless the path is an SQLite file, an empty file, or can be created. */
    static void check(Path file) {
        if (file.toString().isBlank()) throw new UnusableDatabaseException("the knowledge base path is empty");
        if (Files.isDirectory(file))
            throw new UnusableDatabaseException(file + " is a folder; give the knowledge base file inside it, e.g. " + file.resolve("blocwatch.db"));
        if (Files.exists(file)) {
            if (!Files.isRegularFile(file)) throw new UnusableDatabaseException(file + " is not a regular file, so it cannot be a knowledge base");
            if (!Files.isReadable(file)) throw new UnusableDatabaseException(file + " cannot be read (permission denied)");
            if (!hasSqliteHeader(file)) throw new UnusableDatabaseException(file + " is not a blocwatch knowledge base (not an SQLite database)");
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException | SecurityException e) {
            throw new UnusableDatabaseException("cannot create the folder for " + file + " (" + reason(e) + ")", e);
        }
        if (!Files.isWritable(parent)) throw new UnusableDatabaseException("cannot create " + file + ": its folder is not writable");
    }

    /** Whether the KB exists but neither it nor its folder can be written (SQLite writes its journal beside it). */
    static boolean readOnly(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return Files.exists(file) && (!Files.isWritable(file) || !Files.isWritable(parent));
    }

    /** Whether SQLite's write-ahead log beside the file holds pages not yet checkpointed into it. */
    static boolean hasPendingLog(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            return head.length == 0 || Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            throw new UnusableDatabaseException(file + " cannot be read (" + reason(e) + ")", e);
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
