package org.blocwatch.store;

import org.blocwatch.model.ClaimType;

/**
 * Which claims to fetch. Null fields do not constrain. {@code about} matches any entity a claim
 * mentions; {@code subject}/{@code object} the indexed key columns (see the V1 migration).
 */
public record ClaimFilter(ClaimType type, String subject, String object, String about,
                          String sourceKind, String sourceRef) {

    public static ClaimFilter all() { return new ClaimFilter(null, null, null, null, null, null); }

    public static ClaimFilter about(String id) { return new ClaimFilter(null, null, null, id, null, null); }

    public static ClaimFilter ofType(ClaimType type) { return new ClaimFilter(type, null, null, null, null, null); }

    public ClaimFilter withObject(String o) { return new ClaimFilter(type, subject, o, about, sourceKind, sourceRef); }

    public ClaimFilter withSubject(String s) { return new ClaimFilter(type, s, object, about, sourceKind, sourceRef); }

    public ClaimFilter withSource(String kind, String ref) { return new ClaimFilter(type, subject, object, about, kind, ref); }
}
