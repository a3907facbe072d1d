package org.blocwatch.store;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Entity;

import java.util.Collection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The stored source documents. Documents are only ever added: a document's text is evidence
 * that claims point into, so it is never changed once stored.
 */
public interface DocumentStore extends AutoCloseable {

    /** Stores the document in one transaction; fails if its id or raw hash is already taken. */
    /**
     * Stores a document together with the claims extracted from it and the entities it
     * introduced (added only where the id is new, marked proposed), in one transaction: a crash
     * leaves either all or nothing, never a document whose claims are missing.
     */
    void add(StoredDocument document, Collection<Claim> claims, Collection<Entity> proposedEntities);

    Optional<StoredDocument> document(String id);

    boolean containsId(String id);

    /** The id of the document with exactly these raw bytes, if any. */
    Optional<String> idByRawHash(String rawSha256);

    /** The id of every document by the hash of its raw bytes, so that unchanged files are skipped unread. */
    Map<String, String> idsByRawHash();

    /** The id of a document whose normalised text has this hash, if any. */
    Optional<String> idByTextHash(String textSha256);

    /** Every document without its text, ordered by id. */
    List<DocumentSummary> documents();

    /** The near-duplicate signature of every document, for building the look-up at start-up. */
    void forEachSignature(SignatureVisitor visitor);

    /** Every document in full, one at a time, for rebuilding a search index. */
    void forEachDocument(Consumer<StoredDocument> visitor);

    int count();

    @Override void close();

    @FunctionalInterface
    interface SignatureVisitor { void visit(String id, int[] minHash); }
}
