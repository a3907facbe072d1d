package org.blocwatch.exchange;

import org.blocwatch.model.MembershipStatus;

import java.util.List;

/** Consecutive years in which COW gives a state the same status in an organisation. */
record CowRun(String ioname, int ccode, MembershipStatus status, int first, int last) {

    /** The run cut after {@code year} when it spans it, else the run itself. */
    List<CowRun> splitAfter(int year) {
        if (year < first || year >= last) return List.of(this);
        return List.of(new CowRun(ioname, ccode, status, first, year), new CowRun(ioname, ccode, status, year + 1, last));
    }

    /** The run as a dataset row reference: "csto/704/2002-2011". */
    String rowRef() { return ioname + "/" + ccode + "/" + first + "-" + last; }

    /** The years a row reference names; null for anything else. */
    static int[] years(String rowRef) {
        if (rowRef == null) return null;
        int slash = rowRef.lastIndexOf('/');
        int dash = rowRef.lastIndexOf('-');
        if (slash < 0 || dash < slash) return null;
        try {
            return new int[] {Integer.parseInt(rowRef.substring(slash + 1, dash)), Integer.parseInt(rowRef.substring(dash + 1))};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
