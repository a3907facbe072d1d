package org.blocwatch.cli;

import org.blocwatch.ingest.IngestLock;
import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.StoreLocation;
import org.blocwatch.store.UnusableDatabaseException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stored documents and their search index. The documents live in the knowledge base; the
 * index, derived from them, beside the SQLite file, or for a PostgreSQL KB in the per-user data
 * folder under a name made of server, port and database (and any schema). Either way it is
 * rebuilt from the documents table when the two disagree.
 */
final class DocumentsOptions {
    private DocumentsOptions() {}

    /** Opens the documents of the KB (creating the KB as every command does). */
    static JdbcDocumentStore openStore(KnowledgeBaseOptions kb, PrintWriter err) {
        return new JdbcDocumentStore(kb.open(err).connection());
    }

    /** Opens the documents of the KB for a command that adds to them; a read-only KB is the user's one-line error. */
    static JdbcDocumentStore openWritableStore(KnowledgeBaseOptions kb, PrintWriter err) {
        JdbcDocumentStore store = openStore(kb, err);
        if (store.readOnly()) {
            store.close();
            throw new UnusableDatabaseException("the knowledge base at " + kb.location().display() + " is read-only; this command writes to it");
        }
        return store;
    }

    /**
     * The index folder of a KB: beside a SQLite file, or in the per-user data folder for a
     * PostgreSQL database, named after its server, database and schema.
     */
    static Path indexFolder(KnowledgeBaseOptions kb) { return indexFolder(kb.location()); }

    static Path indexFolder(StoreLocation location) {
        if (location instanceof StoreLocation.Sqlite s) return SearchIndex.folderFor(s.file());
        StoreLocation.Postgres pg = (StoreLocation.Postgres) location;
        String name = pg.host() + "-" + pg.port() + "-" + pg.database()
                + (pg.parameters().containsKey("currentSchema") ? "-" + pg.parameters().get("currentSchema") : "");
        return KnowledgeBaseOptions.dataFolder().resolve("indexes").resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /**
     * Opens the index for writing once any other writer of this KB on this machine has finished,
     * saying so while it waits; the lock stands beside the index.
     */
    static WritableIndex openIndex(KnowledgeBaseOptions kb, PrintWriter err) {
        Path folder = indexFolder(kb);
        try {
            Files.createDirectories(folder.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the search index " + folder + ": " + e.getMessage(), e);
        }
        IngestLock lock = IngestLock.acquire(folder, message -> {
            err.println("blocwatch: " + message);
            err.flush();
        });
        try {
            return new WritableIndex(lock, SearchIndex.open(folder));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The index with the lock that makes this process its only writer; closing releases both. */
    record WritableIndex(IngestLock lock, SearchIndex index) implements AutoCloseable {
        @Override
        public void close() {
            try {
                index.close();
            } finally {
                lock.close();
            }
        }
    }
}
