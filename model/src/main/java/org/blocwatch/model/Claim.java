package org.blocwatch.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A statement made by a source, with its bitemporal bookkeeping: the body carries valid time
 * (when the fact held); {@code recordedAt}/{@code retractedAt} carry recorded time (when the KB
 * learned it, and when it stopped believing it). Claims are never updated in place.
 */
public record Claim(String id, ClaimBody body, Provenance provenance, Method method, double confidence,
                    ReviewState review, Instant recordedAt, Instant retractedAt) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(review, "review");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }

    /** A new claim whose id is derived from its content, so loading the same fact twice is a no-op. */
    public static Claim of(ClaimBody body, Provenance provenance, Method method, double confidence,
                           ReviewState review, Instant recordedAt) {
        return new Claim(ClaimIds.of(body, provenance), body, provenance, method, confidence, review, recordedAt, null);
    }

    public ClaimType type() { return body.type(); }

    /** Whether the KB held this claim at that instant of recorded time. */
    public boolean knownAt(Instant instant) {
        return !recordedAt.isAfter(instant) && (retractedAt == null || retractedAt.isAfter(instant));
    }

    public Claim withReview(ReviewState state) {
        return new Claim(id, body, provenance, method, confidence, state, recordedAt, retractedAt);
    }

    public Claim retracted(Instant at) {
        return new Claim(id, body, provenance, method, confidence, review, recordedAt, at);
    }
}
