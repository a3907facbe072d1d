package org.blocwatch.model;

import java.util.List;
import java.util.Map;

/**
 * A state, organisation, format, group, person or place.
 *
 * @param id     the exchange id: ISO alpha-3 for states, fixed upper-case ids for organisations,
 *               {@code person:slug} for persons
 * @param label  the preferred English name
 * @param codes  external codes (iso2, cow ...)
 */
public record Entity(String id, EntityKind kind, String label, List<Alias> aliases, Map<String, String> codes) {

    public Entity {
        aliases = List.copyOf(aliases);
        codes = Map.copyOf(codes);
    }

    /** The preferred name in a language, falling back to the English label. */
    public String name(String lang) {
        return aliases.stream()
                .filter(a -> a.kind() == AliasKind.NAME && lang.equals(a.lang()))
                .map(Alias::text).findFirst().orElse(label);
    }

    public String code(String scheme) { return codes.get(scheme); }
}
