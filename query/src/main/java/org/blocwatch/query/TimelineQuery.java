package org.blocwatch.query;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Membership;
import org.blocwatch.model.Office;
import org.blocwatch.model.PartialDate;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.KnowledgeStore;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An entity's memberships and offices in time order: for a state the organisations it belonged
 * to and who led it, for an organisation its members and office holders, for a person the
 * offices held.
 */
public final class TimelineQuery {
    private static final Comparator<PartialDate> DATES = Comparator.nullsFirst(Comparator.naturalOrder());

    private final KnowledgeStore store;
    private final ClaimView view;

    public TimelineQuery(KnowledgeStore store, ClaimView view) {
        this.store = store;
        this.view = view;
    }

    public List<TimelineEntry> timeline(String id) {
        return view.claims(store, ClaimFilter.about(id)).stream()
                .map(TimelineQuery::entry)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(TimelineEntry::from, DATES)
                        .thenComparing(TimelineEntry::to, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
                        .thenComparing(TimelineEntry::object).thenComparing(TimelineEntry::subject))
                .toList();
    }

    private static TimelineEntry entry(Claim c) {
        if (c.body() instanceof Membership m) {
            var span = m.span();
            return new TimelineEntry("membership", m.subject(), m.object(), m.status().wire(),
                    span == null ? null : span.start(), span == null ? null : span.end(), c);
        }
        if (c.body() instanceof Office o) {
            var span = o.span();
            return new TimelineEntry("office", o.person(), o.of(), o.role().wire() + (o.acting() ? " (acting)" : ""),
                    span == null ? null : span.start(), span == null ? null : span.end(), c);
        }
        return null;
    }
}
