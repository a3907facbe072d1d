package org.blocwatch.exchange;

import org.blocwatch.model.Alias;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Claim;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.Method;
import org.blocwatch.model.Names;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.store.KnowledgeStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports the Correlates of War IGO data (v3) as accepted, imported membership claims, one per
 * run of years with the same status (see {@link YearEndReading}), each citing the rows it
 * stands for. States and organisations the KB does not know yet are created (see
 * {@link CowIds}); known ones are left as they are. A run of a ccode that COW continues across
 * a change of state (USSR to Russia) is cut at the change, each part going to its own state.
 * Claim ids derive from content and row, and entities are only ever added, so importing the
 * same data again changes nothing.
 */
public final class CowImport {
    public static final String DATASET = "cow-igo-v3";
    public static final String VERSION = "3.0";
    public static final Method METHOD = Method.imported(DATASET);

    /** Claims per transaction: large enough to amortise the commit, small enough to bound memory. */
    private static final int BATCH = 5_000;

    public record Result(int rows, int spans, int recorded, int statesCreated, int organisationsCreated,
                         ImportProblems problems) {}

    private CowImport() {}

    public static Result run(KnowledgeStore store, Path dir, Instant now) {
        CowFiles files = CowFiles.in(dir);
        ImportProblems problems = new ImportProblems();
        CowReader reader = new CowReader(problems);
        Map<String, CowOrganisation> organisations = reader.organisations(files.organisations());
        Map<Integer, String> stateNames = reader.states(files.states());
        CowSeries series = reader.stateYears(files.stateYears());
        List<CowRun> runs = series.runs();

        CowIds ids = CowIds.of(store);
        Map<String, Entity> newEntities = new LinkedHashMap<>();
        List<Claim> claims = new ArrayList<>(runs.size());
        for (CowRun whole : runs) {
            List<CowRun> pieces = ids.predecessor(whole.ccode()).map(p -> whole.splitAfter(p.lastYear())).orElse(List.of(whole));
            for (CowRun run : pieces) {
                String subject = ids.state(run.ccode(), run.first());
                String object = ids.organisation(run.ioname());
                if (!ids.inKb(subject)) {
                    // a predecessor does not get the ccode, which stays with the state COW continues it as
                    Optional<CowIds.Predecessor> predecessor = ids.predecessor(run.ccode()).filter(p -> p.id().equals(subject));
                    newEntities.computeIfAbsent(subject, id -> predecessor.isPresent()
                            ? state(id, predecessor.get().name(), Map.of())
                            : state(id, stateNames.getOrDefault(run.ccode(), series.stateName(run.ccode())),
                                    Map.of("cow", Integer.toString(run.ccode()))));
                }
                if (!ids.inKb(object))
                    newEntities.computeIfAbsent(object, id -> organisation(id, run.ioname(), organisations.get(run.ioname())));
                Membership body = YearEndReading.span(subject, object, run.status(), run.first(), run.last(), series.lastYear());
                claims.add(Claim.of(body, new Provenance.Dataset(DATASET, VERSION, run.rowRef()), METHOD, 1.0,
                        ReviewState.ACCEPTED, now));
            }
        }
        store.putEntities(withoutNamesTaken(newEntities.values(), store));
        int recorded = 0;
        for (int i = 0; i < claims.size(); i += BATCH)
            recorded += store.record(claims.subList(i, Math.min(claims.size(), i + BATCH)));
        long statesCreated = newEntities.values().stream().filter(e -> e.kind() == EntityKind.STATE).count();
        return new Result(series.rows(), claims.size(), recorded, (int) statesCreated,
                newEntities.size() - (int) statesCreated, problems);
    }

    /**
     * Drops the aliases of new entities that already name an entity of the KB: COW's "Bonn"
     * (the Bonn Agreement) or "Korea" (1887-1905) must not take over what the curated data
     * means by them (Germany's government, South Korea), in name look-ups or in extraction.
     */
    private static List<Entity> withoutNamesTaken(Collection<Entity> entities, KnowledgeStore store) {
        Set<String> taken = new HashSet<>();
        store.aliases().forEach(a -> taken.add(a.norm()));
        return entities.stream().map(e -> new Entity(e.id(), e.kind(), e.label(),
                e.aliases().stream().filter(a -> !taken.contains(Names.normalise(a.text()))).toList(), e.codes())).toList();
    }

    private static Entity state(String id, String name, Map<String, String> codes) {
        String label = name == null || name.isBlank() ? id : name;
        return new Entity(id, EntityKind.STATE, label, List.of(new Alias(label, "en", AliasKind.NAME)), codes);
    }

    /** An organisation known only to COW: named as igos.csv names it, findable by its abbreviation. */
    private static Entity organisation(String id, String ioname, CowOrganisation org) {
        Set<Alias> aliases = new LinkedHashSet<>();
        Map<String, String> codes = new LinkedHashMap<>();
        String label = ioname;
        if (org != null) {
            label = org.name().isBlank() ? org.ioname() : org.name();
            aliases.add(new Alias(label, "en", AliasKind.NAME));
            if (!org.longName().isBlank()) aliases.add(new Alias(org.longName(), "en", AliasKind.NAME));
            aliases.add(new Alias(org.ioname(), null, AliasKind.ABBREVIATION));
            codes.put("cow", org.ioname());
            if (org.founded() != null) codes.put("founded", org.founded().toString());
            if (org.dissolved() != null) codes.put("dissolved", org.dissolved().toString());
        } else {
            aliases.add(new Alias(ioname, null, AliasKind.ABBREVIATION));
            codes.put("cow", ioname);
        }
        return new Entity(id, EntityKind.ORGANISATION, label, List.copyOf(aliases), codes);
    }
}
