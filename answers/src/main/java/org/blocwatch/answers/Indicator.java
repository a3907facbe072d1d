package org.blocwatch.answers;

import org.blocwatch.model.Claim;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One number about an organisation, computed from claims and never typed in: the value, how to
 * read it, the claims it rests on, and its parts (per member, per event) when it is a sum or a share.
 *
 * @param key     a stable name ("peak_members", "office_share:secretary_general")
 * @param value   the number compared across organisations; null when the KB has nothing to count
 * @param display the value as an analyst reads it ("9 on 1993-12-31")
 */
public record Indicator(String key, String label, BigDecimal value, String display, List<Claim> basis,
                        List<Indicator> parts) {

    public Indicator {
        basis = distinct(basis);
        parts = List.copyOf(parts);
    }

    public static Indicator of(String key, String label, long value, String display, Collection<Claim> basis,
                               List<Indicator> parts) {
        return new Indicator(key, label, BigDecimal.valueOf(value), display, List.copyOf(basis), parts);
    }

    /** An indicator the KB cannot compute (no claims of that kind): shown, never guessed. */
    public static Indicator unknown(String key, String label, String why) {
        return new Indicator(key, label, null, why, List.of(), List.of());
    }

    /** Every claim behind the indicator and its parts, each once. */
    public List<Claim> allClaims() {
        Map<String, Claim> all = new LinkedHashMap<>();
        basis.forEach(c -> all.put(c.id(), c));
        parts.forEach(p -> p.allClaims().forEach(c -> all.put(c.id(), c)));
        return List.copyOf(all.values());
    }

    static List<Claim> distinct(Collection<Claim> claims) {
        Map<String, Claim> byId = new LinkedHashMap<>();
        claims.forEach(c -> byId.putIfAbsent(c.id(), c));
        return List.copyOf(byId.values());
    }
}
