package org.blocwatch.query;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Method;
import org.blocwatch.model.ReviewState;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.KnowledgeStore;

import java.time.Instant;
import java.util.List;

/**
 * Which claims an answer may rest on. By default: claims the KB holds now that are curated,
 * imported or accepted after review. {@code knownAt} answers as the KB stood at that instant of
 * recorded time; {@code includeProposed} adds claims still awaiting review.
 */
public record ClaimView(Instant knownAt, boolean includeProposed) {

    public static final ClaimView CURRENT = new ClaimView(null, false);

    /** The claims matching the filter that this view admits. */
    public List<Claim> claims(KnowledgeStore store, ClaimFilter filter) {
        return store.claims(filter).stream().filter(c -> admits(c, store)).toList();
    }

    public boolean admits(Claim c, KnowledgeStore store) {
        if (knownAt == null ? c.retractedAt() != null : !c.knownAt(knownAt)) return false;
        ReviewState state = c.method().kind() != Method.Kind.EXTRACTED || knownAt == null
                ? c.review() : store.reviewAt(c.id(), knownAt);
        if (state == null || state == ReviewState.REJECTED) return false;
        return state == ReviewState.ACCEPTED || includeProposed;
    }
}
