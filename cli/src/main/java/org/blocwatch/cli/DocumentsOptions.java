package org.blocwatch.cli;

import org.blocwatch.ingest.IngestLock;
import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.UnusableDatabaseException;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The stored documents and their search index, which live in and beside the knowledge base file. */
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
            throw new UnusableDatabaseException("the knowledge base at " + kb.path() + " is read-only; this command writes to it");
        }
        return store;
    }

    static Path indexFolder(KnowledgeBaseOptions kb) {
        return SearchIndex.folderFor(kb.path());
    }

    /** Opens the index for writing once any other writer of this KB has finished, saying so while it waits. */
    static WritableIndex openIndex(KnowledgeBaseOptions kb, PrintWriter err) {
        IngestLock lock = IngestLock.acquire(kb.path(), message -> {
            err.println("blocwatch: " + message);
            err.flush();
        });
        try {
            return new WritableIndex(lock, SearchIndex.open(indexFolder(kb)));
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
