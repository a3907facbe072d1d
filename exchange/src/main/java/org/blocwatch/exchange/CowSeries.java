package org.blocwatch.exchange;

import org.blocwatch.model.MembershipStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The state-year rows of COW, gathered per organisation and state and folded into runs of the
 * same status. Rows may come in any order; a year without a status (coded "none", or missing)
 * ends a run, as does a change of status.
 */
final class CowSeries {
    private record Key(String ioname, int ccode) {}

    private final Map<Key, NavigableMap<Integer, MembershipStatus>> years = new LinkedHashMap<>();
    private final Map<Integer, String> stateNames = new LinkedHashMap<>();
    private int lastYear = Integer.MIN_VALUE;
    private int rows;

    /** Adds one year's status; returns the status already recorded for that year if it differs (a conflict). */
    MembershipStatus add(String ioname, int ccode, String state, int year, MembershipStatus status) {
        rows++;
        lastYear = Math.max(lastYear, year);
        stateNames.putIfAbsent(ccode, state);
        if (status == null) return null;
        MembershipStatus before = years.computeIfAbsent(new Key(ioname, ccode), k -> new TreeMap<>()).putIfAbsent(year, status);
        return before == null || before == status ? null : before;
    }

    /** The last year in the data: runs that reach it have no known end. */
    int lastYear() { return lastYear; }

    /** How many rows were added, with or without a status. */
    int rows() { return rows; }

    /** The name COW's state-year file gives a state code. */
    String stateName(int ccode) { return stateNames.get(ccode); }

    List<CowRun> runs() {
        List<CowRun> out = new ArrayList<>();
        years.forEach((key, byYear) -> {
            Integer first = null, previous = null;
            MembershipStatus status = null;
            for (Map.Entry<Integer, MembershipStatus> e : byYear.entrySet()) {
                if (first != null && (e.getKey() != previous + 1 || e.getValue() != status)) {
                    out.add(new CowRun(key.ioname(), key.ccode(), status, first, previous));
                    first = null;
                }
                if (first == null) {
                    first = e.getKey();
                    status = e.getValue();
                }
                previous = e.getKey();
            }
            if (first != null) out.add(new CowRun(key.ioname(), key.ccode(), status, first, previous));
        });
        return out;
    }
}
