package org.blocwatch.query;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Names;
import org.blocwatch.store.KnowledgeStore;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves what a user types — an id, or any name, abbreviation, inflected form, capital or
 * demonym in German, English or Russian — to one entity. When a name is ambiguous the preferred
 * kinds decide (an organisation argument prefers organisations); an unknown name gets the
 * closest known names as suggestions.
 */
public final class EntityResolver {
    private static final int SUGGESTIONS = 3;

    private final KnowledgeStore store;

    public EntityResolver(KnowledgeStore store) { this.store = store; }

    public Entity resolve(String name, EntityKind... preferred) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) throw new UnknownEntityException(name, List.of());
        for (String id : List.of(trimmed, trimmed.toUpperCase(Locale.ROOT), trimmed.toLowerCase(Locale.ROOT))) {
            var byId = store.entity(id);
            if (byId.isPresent()) return byId.get();
        }
        List<Entity> matches = store.entitiesByAlias(Names.normalise(trimmed));
        if (matches.isEmpty()) throw new UnknownEntityException(trimmed, suggest(trimmed));
        List<EntityKind> order = List.of(preferred);
        return matches.stream()
                .min(Comparator.comparingInt((Entity e) -> order.contains(e.kind()) ? order.indexOf(e.kind()) : order.size())
                        .thenComparing(e -> e.kind() == EntityKind.PERSON))
                .orElseThrow();
    }

    /** The known names closest to {@code name} by edit distance, as "Name (ID)". */
    public List<String> suggest(String name) {
        String norm = Names.normalise(name);
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, norm.length() / 3));
        Set<String> out = new LinkedHashSet<>();
        store.aliases().stream()
                .map(a -> new Candidate(a, distance.apply(norm, a.norm())))
                .filter(c -> c.distance() >= 0)
                .sorted(Comparator.comparingInt(Candidate::distance))
                .forEachOrdered(c -> {
                    if (out.size() < SUGGESTIONS) out.add(c.alias().text() + " (" + c.alias().entityId() + ")");
                });
        return List.copyOf(out);
    }

    private record Candidate(KnowledgeStore.AliasRow alias, int distance) {}
}
