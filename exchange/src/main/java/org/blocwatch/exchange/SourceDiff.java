package org.blocwatch.exchange;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.Provenance;
import org.blocwatch.query.ClaimView;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.KnowledgeStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the curated history of an organisation and the COW data disagree. Both sides are read
 * year by year as COW codes them (the status at the year's end, see {@link YearEndReading}),
 * within the years COW covers for that organisation, and equal answers over consecutive years
 * are merged into ranges. Curated statuses COW has no code for (partner, applicant) are left out,
 * and so are, unless asked for, the states the curated history of the organisation never names.
 */
public final class SourceDiff {

    /**
     * The years compared and the disagreements found; {@code firstYear} is 0 when COW says nothing
     * of the organisation. {@code leftOut}: states only COW names, when they were not asked for.
     */
    public record Comparison(String organisation, int firstYear, int lastYear, List<SourceDisagreement> disagreements,
                             int leftOut) {
        public boolean covered() { return firstYear != 0; }
    }

    private SourceDiff() {}

    /**
     * @param allSubjects also compare states the curated history of the organisation never names:
     *                    curated files cover the region's states, so for a world-wide body (the UN)
     *                    their silence on the others is scope, not disagreement
     */
    public static Comparison againstCow(KnowledgeStore store, String organisation, ClaimView view, boolean allSubjects) {
        Set<String> named = new TreeSet<>();
        Map<String, List<Membership>> curated = new TreeMap<>();
        Map<String, List<Membership>> cow = new TreeMap<>();
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (Claim c : store.claims(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject(organisation))) {
            if (!view.admits(c, store)) continue;
            Membership m = (Membership) c.body();
            if (c.method().kind() == Method.Kind.CURATED) {
                named.add(m.subject());
                // COW cannot say "partner" or "applicant": its silence there is no disagreement
                if (!CowStatus.coded(m.status())) continue;
                curated.computeIfAbsent(m.subject(), k -> new ArrayList<>()).add(m);
            } else if (c.method().equals(CowImport.METHOD) && c.provenance() instanceof Provenance.Dataset d) {
                cow.computeIfAbsent(m.subject(), k -> new ArrayList<>()).add(m);
                int[] years = CowRun.years(d.row());
                if (years != null) {
                    first = Math.min(first, years[0]);
                    last = Math.max(last, years[1]);
                }
            }
        }
        if (first > last) return new Comparison(organisation, 0, 0, List.of(), 0);
        Set<String> subjects = new TreeSet<>(named);
        if (allSubjects) subjects.addAll(cow.keySet());
        int leftOut = (int) cow.keySet().stream().filter(s -> !subjects.contains(s)).count();
        List<SourceDisagreement> out = new ArrayList<>();
        for (String subject : subjects) {
            List<Membership> ours = curated.getOrDefault(subject, List.of());
            List<Membership> theirs = cow.getOrDefault(subject, List.of());
            SourceDisagreement open = null;
            for (int year = first; year <= last; year++) {
                MembershipStatus a = YearEndReading.statusAtEndOf(ours, year).orElse(null);
                MembershipStatus b = YearEndReading.statusAtEndOf(theirs, year).orElse(null);
                boolean continues = open != null && open.toYear() == year - 1
                        && open.curated() == a && open.dataset() == b;
                if (continues) {
                    open = new SourceDisagreement(subject, open.fromYear(), year, a, b);
                    continue;
                }
                if (open != null) out.add(open);
                open = Objects.equals(a, b) ? null : new SourceDisagreement(subject, year, year, a, b);
            }
            if (open != null) out.add(open);
        }
        return new Comparison(organisation, first, last, out, leftOut);
    }
}
