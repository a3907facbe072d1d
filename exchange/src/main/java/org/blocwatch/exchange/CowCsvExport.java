package org.blocwatch.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.query.ClaimView;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.KnowledgeStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Memberships in COW's state-year shape (ioname, ccode, state, year, status), one row per
 * state, organisation and year with a status, read as COW reads years (the status at the
 * year's end, see {@link YearEndReading}) from every claim the view admits, curated or
 * imported. Organisations and states are named by their COW codes where they have one (so
 * those rows read back as COW rows; the Soviet Union gets the 365 COW gives it) and by their blocwatch id and English name otherwise; a
 * subject that is not a state has no ccode.
 */
public final class CowCsvExport {
    public static final List<String> HEADER = List.of("ioname", "ccode", "state", "year", "status");

    private CowCsvExport() {}

    /**
     * @param from first year (null: the year the organisation's earliest span starts)
     * @param to   last year (null: the year its last span ends, or the current year while one is open)
     */
    public static int write(KnowledgeStore store, ClaimView view, List<String> organisations, Integer from, Integer to,
                            Appendable out) {
        int rows = 0;
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).build().print(out)) {
            for (String org : organisations) {
                Map<String, List<Membership>> bySubject = new TreeMap<>();
                for (Claim c : store.claims(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject(org)))
                    if (view.admits(c, store))
                        bySubject.computeIfAbsent(((Membership) c.body()).subject(), k -> new ArrayList<>()).add((Membership) c.body());
                if (bySubject.isEmpty()) continue;
                List<Membership> all = bySubject.values().stream().flatMap(List::stream).toList();
                int first = from != null ? from : all.stream().mapToInt(CowCsvExport::startYear).min().orElseThrow();
                int last = to != null ? to : all.stream().mapToInt(CowCsvExport::endYear).max().orElseThrow();
                String ioname = store.entity(org).map(e -> e.code("cow")).orElse(org).toLowerCase(Locale.ROOT);
                List<Row> subjects = bySubject.keySet().stream().map(id -> Row.of(id, store.entity(id)))
                        .sorted(Comparator.comparing(Row::sortKey)).toList();
                for (Row s : subjects) {
                    for (int year = first; year <= last; year++) {
                        Optional<MembershipStatus> status = YearEndReading.statusAtEndOf(bySubject.get(s.id()), year);
                        if (status.isEmpty()) continue;
                        csv.printRecord(SpreadsheetCells.text(ioname), s.ccode(), SpreadsheetCells.text(s.name()), year,
                                CowStatus.write(status.get()));
                        rows++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static int startYear(Membership m) {
        if (m.from() != null) return m.from().year();
        if (m.at() != null && m.at().resolved() != null) return m.at().resolved().year();
        return m.to() != null ? m.to().year() : Year.now().getValue();
    }

    private static int endYear(Membership m) {
        if (m.from() == null && m.to() == null && m.at() != null && m.at().resolved() != null) return m.at().resolved().year();
        return m.to() == null ? Year.now().getValue() : m.to().year();
    }

    /** A subject as COW names it: ccode (empty when it has none) and name; ordered by ccode like COW's files. */
    private record Row(String id, String ccode, String name) {
        static Row of(String id, Optional<Entity> entity) {
            String ccode = entity.filter(e -> e.kind() == EntityKind.STATE).map(e -> e.code("cow"))
                    .or(() -> CowIds.predecessorCcode(id).map(String::valueOf)).orElse("");
            return new Row(id, ccode, entity.map(Entity::label).orElse(id));
        }

        String sortKey() {
            return ccode.isEmpty() ? "~" + id : String.format("%05d", Integer.parseInt(ccode));
        }
    }
}
