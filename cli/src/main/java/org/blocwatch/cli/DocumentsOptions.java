package org.blocwatch.cli;

import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.StoreLocation;

import java.io.PrintWriter;
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

    /** The index to write: a second ingest on this machine waits for the first to finish with it. */
    static SearchIndex openIndex(KnowledgeBaseOptions kb, PrintWriter err) {
        return SearchIndex.openWaiting(indexFolder(kb.location()),
                () -> err.println("blocwatch: waiting for the search index, which another process on this machine is writing"));
    }

    /** The index to search: read-only on its last committed state while another process writes it. */
    static SearchIndex openIndexForSearch(KnowledgeBaseOptions kb) {
        return SearchIndex.openForSearch(indexFolder(kb.location()));
    }

    static Path indexFolder(StoreLocation location) {
        if (location instanceof StoreLocation.Sqlite s) return SearchIndex.folderFor(s.file());
        StoreLocation.Postgres pg = (StoreLocation.Postgres) location;
        String name = pg.host() + "-" + pg.port() + "-" + pg.database()
                + (pg.parameters().containsKey("currentSchema") ? "-" + pg.parameters().get("currentSchema") : "");
        return KnowledgeBaseOptions.dataFolder().resolve("indexes").resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }
}
