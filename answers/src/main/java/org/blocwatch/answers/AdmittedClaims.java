package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Event;
import org.blocwatch.model.EventKind;
import org.blocwatch.query.ClaimView;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.KnowledgeStore;

import java.util.List;

/** The claims an answer may rest on under a view (recorded time, review state): one place to ask. */
public record AdmittedClaims(KnowledgeStore store, ClaimView view) {

    public List<Claim> matching(ClaimFilter filter) {
        return view.claims(store, filter);
    }

    public List<Claim> ofType(ClaimType type) {
        return matching(ClaimFilter.ofType(type));
    }

    /** Events of one kind; with {@code org} only those held under that organisation's roof. */
    public List<Claim> events(EventKind kind, String org) {
        ClaimFilter filter = ClaimFilter.ofType(ClaimType.EVENT);
        if (org != null) filter = filter.withObject(org);
        return matching(filter).stream().filter(c -> ((Event) c.body()).kind() == kind).toList();
    }
}
