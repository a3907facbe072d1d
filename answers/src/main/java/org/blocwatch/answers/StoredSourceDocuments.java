package org.blocwatch.answers;

import org.blocwatch.store.DocumentStore;
import org.blocwatch.store.StoredDocument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Source documents as the ingest module stores them: extracted texts and near-duplicate links. */
public final class StoredSourceDocuments implements SourceDocuments {
    private final DocumentStore documents;
    private final Map<String, Optional<StoredDocument>> cache = new HashMap<>();

    public StoredSourceDocuments(DocumentStore documents) { this.documents = documents; }

    @Override
    public Optional<String> text(String docId) {
        return document(docId).map(d -> d.text().original());
    }

    /** Follows duplicate_of to the first stored copy; a chain that loops ends where it loops. */
    @Override
    public String original(String docId) {
        String id = docId;
        Set<String> seen = new HashSet<>();
        while (seen.add(id)) {
            String next = document(id).map(StoredDocument::duplicateOf).orElse(null);
            if (next == null) return id;
            id = next;
        }
        return id;
    }

    private Optional<StoredDocument> document(String id) {
        return cache.computeIfAbsent(id, documents::document);
    }
}
