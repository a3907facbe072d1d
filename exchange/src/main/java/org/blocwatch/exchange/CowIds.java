package org.blocwatch.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.store.KnowledgeStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which blocwatch entity a COW state code or organisation name stands for. The KB's own
 * entities come first (the curated states and organisations carry their COW codes); then a
 * built-in table gives every COW state with an ISO code its alpha-3 code, and states without
 * one, like the organisations the KB does not know, get ids derived from COW alone:
 * {@code COW-240}, {@code COW_ASEAN}. Deriving them from COW, not from which ids happen to be
 * free, keeps a re-import on a grown KB from minting different ids; the prefix keeps them off
 * the fixed organisation ids of the exchange format.
 */
final class CowIds {
    static final String STATE_PREFIX = "COW-";
    static final String ORGANISATION_PREFIX = "COW_";

    /** A state COW codes under its successor's ccode, up to and including {@code lastYear}. */
    record Predecessor(String id, int lastYear, String name) {}

    private static final Map<Integer, String> ISO_STATES = isoStates();
    private static final Map<Integer, Predecessor> PREDECESSORS = predecessors();

    private final Map<Integer, String> statesInKb = new HashMap<>();
    private final Map<String, String> organisationsInKb = new HashMap<>();
    private final Set<String> idsInKb = new HashSet<>();

    private CowIds() {}

    static CowIds of(KnowledgeStore store) {
        CowIds ids = new CowIds();
        for (Entity e : store.entities()) {
            ids.idsInKb.add(e.id());
            String cow = e.code("cow");
            if (cow == null) continue;
            if (e.kind() != EntityKind.STATE) {
                ids.organisationsInKb.merge(key(cow), e.id(), CowIds::preferCurated);
            } else if (cow.matches("\\d+")) {
                ids.statesInKb.merge(Integer.parseInt(cow), e.id(), CowIds::preferCurated);
            }
        }
        return ids;
    }

    /** The state a ccode stands for in a year: a predecessor for its years, else the KB's, the ISO or the COW id. */
    String state(int ccode, int year) {
        Predecessor p = PREDECESSORS.get(ccode);
        if (p != null && year <= p.lastYear()) return p.id();
        String id = statesInKb.get(ccode);
        return id != null ? id : ISO_STATES.getOrDefault(ccode, STATE_PREFIX + ccode);
    }

    Optional<Predecessor> predecessor(int ccode) { return Optional.ofNullable(PREDECESSORS.get(ccode)); }

    /** The ccode COW gives a predecessor state (SUN: 365), which the state itself does not carry. */
    static Optional<Integer> predecessorCcode(String id) {
        return PREDECESSORS.entrySet().stream().filter(e -> e.getValue().id().equals(id)).map(Map.Entry::getKey).findFirst();
    }

    /** Whether the KB already has an entity of that id (curated, or made by an earlier import). */
    boolean inKb(String id) { return idsInKb.contains(id); }

    /** The organisation's id: the KB's entity coded with this ioname, else {@code COW_} + the ioname. */
    String organisation(String ioname) {
        String id = organisationsInKb.get(key(ioname));
        return id != null ? id : ORGANISATION_PREFIX + ioname.strip().toUpperCase(Locale.ROOT);
    }

    /** COW writes ionames in two cases ("WPact" in igos.csv, "wpact" in the state-year file). */
    private static String key(String ioname) { return ioname.strip().toLowerCase(Locale.ROOT); }

    /** When a curated entity and one an import created share a code, the curated one wins. */
    private static String preferCurated(String a, String b) {
        boolean aGenerated = a.startsWith(STATE_PREFIX) || a.startsWith(ORGANISATION_PREFIX);
        return aGenerated ? b : a;
    }

    private static Map<Integer, String> isoStates() {
        Map<Integer, String> out = new HashMap<>();
        table("cow-states.csv", r -> out.put(Integer.parseInt(r.get("ccode")), r.get("id")));
        return out;
    }

    private static Map<Integer, Predecessor> predecessors() {
        Map<Integer, Predecessor> out = new HashMap<>();
        table("cow-predecessors.csv", r -> out.put(Integer.parseInt(r.get("ccode")),
                new Predecessor(r.get("id"), Integer.parseInt(r.get("last_year")), r.get("name"))));
        return out;
    }

    /** Reads one of the built-in CSV tables beside this class (comments start with #). */
    private static void table(String name, Consumer<CSVRecord> row) {
        try (InputStream in = CowIds.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " missing from the class path");
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) row.accept(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
