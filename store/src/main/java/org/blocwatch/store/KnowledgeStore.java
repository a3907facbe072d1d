package org.blocwatch.store;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Entity;
import org.blocwatch.model.ReviewState;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge base as the rest of blocwatch sees it. Claims are append-only: they are
 * recorded, reviewed and retracted, never edited, so any earlier state can be reconstructed.
 * {@link JdbcKnowledgeStore} implements it on the embedded SQLite default and on PostgreSQL.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** Inserts new entities and replaces the names and codes of known ones. */
    void putEntities(Collection<Entity> entities);

    /**
     * Adds entities a document introduced, such as a person named with a role, where their id
     * is new; each is marked with the code {@code review=proposed}. Known entities are left alone.
     * Returns how many were added.
     */
    int proposeEntities(Collection<Entity> entities);

    Optional<Entity> entity(String id);

    List<Entity> entities();

    /** Entities with an alias whose normal form (Names.normalise) equals {@code norm}. */
    List<Entity> entitiesByAlias(String norm);

    /** Every normalised alias with its entity id, for fuzzy suggestions and dictionary matching. */
    List<AliasRow> aliases();

    /** Records claims whose ids are not yet known; returns how many were new. */
    int record(Collection<Claim> claims);

    Optional<Claim> claim(String id);

    /** Claims matching the filter, current and retracted alike (callers decide what to show). */
    List<Claim> claims(ClaimFilter filter);

    /** Marks a claim as no longer held from {@code at} on; its row stays for "known at" queries. */
    void retract(String claimId, Instant at);

    /** Records a review decision; the history is kept so that earlier states can be answered. */
    default void review(String claimId, ReviewState state, Instant at, String note) {
        review(claimId, state, at, note, null);
    }

    /** Records a review decision made by {@code reviewer} (an account name; null when no one signed in). */
    void review(String claimId, ReviewState state, Instant at, String note, String reviewer);

    /** Every review decision on a claim, oldest first, with who made it. */
    List<ReviewRecord> reviewHistory(String claimId);

    /** The review state a claim had at that instant (null if it was not yet recorded). */
    ReviewState reviewAt(String claimId, Instant at);

    StoreStats stats();

    /** A fact about the KB itself (table kb_meta), such as the fingerprint of the curated data it holds. */
    Optional<String> meta(String name);

    /** Sets a fact about the KB; inside {@link #inTransaction} it commits with the work. */
    void putMeta(String name, String value);

    /** Runs the work in one transaction: all of it is stored, or none. */
    void inTransaction(Runnable work);

    @Override void close();

    record AliasRow(String norm, String text, String entityId, String kind) {}

    record StoreStats(int entities, int aliases, long claims, long retracted, java.util.Map<String, Long> byType) {}
}
