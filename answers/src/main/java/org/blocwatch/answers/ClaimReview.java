package org.blocwatch.answers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimBody;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Method;
import org.blocwatch.model.ReviewState;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.KnowledgeStore;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Review decisions on extracted claims. Accepting and rejecting add to the claim's review
 * history; editing never changes a claim in place: it records a new claim with the edited body,
 * the same provenance and a method that notes the edit, accepted, and rejects and retracts the
 * old one, so that "--known-at" before the edit still sees what the KB held then.
 */
public final class ClaimReview {
    private final KnowledgeStore store;
    private final Clock clock;
    /** The account deciding, recorded with each decision; null on the command line. */
    private final String reviewer;

    public ClaimReview(KnowledgeStore store, Clock clock) {
        this(store, clock, null);
    }

    public ClaimReview(KnowledgeStore store, Clock clock, String reviewer) {
        this.store = store;
        this.clock = clock;
        this.reviewer = reviewer;
    }

    /** Current claims awaiting review, optionally from one document and of one type. */
    public List<Claim> proposed(String docId, ClaimType type) {
        ClaimFilter filter = new ClaimFilter(type, null, null, null, docId == null ? null : "document", docId);
        return store.claims(filter).stream()
                .filter(c -> c.retractedAt() == null && c.review() == ReviewState.PROPOSED).toList();
    }

    public Claim accept(String claimId) {
        return decide(claimId, ReviewState.ACCEPTED, "accepted");
    }

    public Claim reject(String claimId) {
        return decide(claimId, ReviewState.REJECTED, "rejected");
    }

    /**
     * Records the claim with one field of its body changed (in the exchange format's names:
     * "to", "status", "participants" as comma-separated ids ...); returns the new claim.
     */
    public Claim edit(String claimId, String field, String value) {
        Claim old = current(claimId);
        if (field.equals("type")) throw new IllegalArgumentException("the claim type cannot be edited; reject the claim instead");
        ObjectNode body = ClaimJson.body(old.body());
        if (value == null || value.isBlank()) body.remove(field);
        else if (field.equals("participants") || field.equals("between")) {
            var list = body.putArray(field);
            for (String id : value.split(",")) list.add(id.strip());
        } else body.put(field, value.strip());
        ClaimBody edited = ClaimJson.readBody(body);
        if (ClaimJson.bodyKey(edited).equals(ClaimJson.bodyKey(old.body())))
            throw new IllegalArgumentException(ClaimJson.body(old.body()).has(field) || value == null || value.isBlank()
                    ? "the edit changes nothing: " + field + " is already " + (value == null || value.isBlank() ? "empty" : value)
                    : "'" + field + "' is not a field of a " + old.type().wire() + " claim");
        Instant now = clock.instant();
        Claim replacement = Claim.of(edited, old.provenance(), editedMethod(old.method(), field), old.confidence(),
                ReviewState.ACCEPTED, now);
        store.inTransaction(() -> {
            store.record(List.of(replacement));
            store.review(old.id(), ReviewState.REJECTED, now, "edited: " + field + " -> " + replacement.id(), reviewer);
            store.retract(old.id(), now);
        });
        return replacement;
    }

    private static Method editedMethod(Method m, String field) {
        String note = "edited:" + field;
        return new Method(m.kind(), m.rule() == null ? note : m.rule() + ";" + note);
    }

    private Claim decide(String claimId, ReviewState state, String note) {
        current(claimId);
        store.review(claimId, state, clock.instant(), note, reviewer);
        return store.claim(claimId).orElseThrow();
    }

    private Claim current(String claimId) {
        Claim c = store.claim(claimId).orElseThrow(() -> new IllegalArgumentException("no claim with id " + claimId));
        if (c.retractedAt() != null) throw new IllegalArgumentException("claim " + claimId + " was retracted on " + c.retractedAt());
        if (c.method().kind() != Method.Kind.EXTRACTED)
            throw new IllegalArgumentException("claim " + claimId + " is " + c.method() + ", not extracted: edit its source instead");
        return c;
    }
}
