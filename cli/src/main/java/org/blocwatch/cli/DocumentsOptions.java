package org.blocwatch.cli;

import org.blocwatch.ingest.IngestLock;
import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.store.JdbcDocumentStore;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The stored documents and their search index, which live in and beside the knowledge base file. */
final class DocumentsOptions {
    private DocumentsOptions() {}

    /** Opens the documents of the KB (creating the KB as every command does). */
    static JdbcDocumentStore openStore(KnowledgeBaseOptions kb, PrintWriter err) {
        return new JdbcDocumentStore(kb.open(err).connection());
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
