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
    private CuratedSync() {}

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
        });
        return new Result(data.entities().size(), counts[0], counts[1], data.claims().size() - counts[0]);
    }
}
