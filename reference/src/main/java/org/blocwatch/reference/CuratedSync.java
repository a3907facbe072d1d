package org.blocwatch.reference;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Method;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.KnowledgeStore;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings the store in line with the curated files. Unchanged facts are left alone (their ids
 * are content-derived); new or edited facts are recorded; facts no longer in the files are
 * retracted, not deleted, so that answers "as known at" an earlier time stay reproducible.
 */
public final class CuratedSync {
    /** The kb_meta row naming the curated data the KB holds in full, written in the load's transaction. */
    public static final String META = "curated";

    private CuratedSync() {}

    /** What a KB needs so that it holds the curated data of this fingerprint. */
    public enum Need {
        NOTHING,
        /** The file was just created. */
        CREATE,
        /** A load was interrupted: the schema is there, the curated data is not. */
        COMPLETE,
        /** It holds other curated data (an earlier version), or was filled before loads were marked. */
        UPDATE
    }

    public static Need need(KnowledgeStore store, String fingerprint, boolean created) {
        var held = store.meta(META);
        if (held.isPresent()) return held.get().equals(fingerprint) ? Need.NOTHING : Need.UPDATE;
        if (created) return Need.CREATE;
        return store.stats().entities() == 0 ? Need.COMPLETE : Need.UPDATE;
    }

    public record Result(int entities, int recorded, int retracted, int unchanged) {}

    public static Result apply(KnowledgeStore store, CuratedData data, Instant now) {
        int[] counts = new int[2];
        store.inTransaction(() -> {
            store.putEntities(data.entities());
            Set<String> current = data.claims().stream().map(Claim::id).collect(Collectors.toSet());
            List<Claim> stale = store.claims(new ClaimFilter(null, null, null, null, "curated", null)).stream()
                    .filter(c -> c.method().kind() == Method.Kind.CURATED && c.retractedAt() == null)
                    .filter(c -> !current.contains(c.id()))
                    .toList();
            stale.forEach(c -> store.retract(c.id(), now));
            counts[0] = store.record(data.claims());
            counts[1] = stale.size();
            store.putMeta(META, data.fingerprint());
        });
        return new Result(data.entities().size(), counts[0], counts[1], data.claims().size() - counts[0]);
    }
}
