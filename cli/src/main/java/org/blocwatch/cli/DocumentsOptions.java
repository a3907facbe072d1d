package org.blocwatch.cli;

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

    static SearchIndex openIndex(KnowledgeBaseOptions kb) {
        Path db = kb.path();
        return SearchIndex.open(SearchIndex.folderFor(db));
    }
}
