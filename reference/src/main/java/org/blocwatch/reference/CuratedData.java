package org.blocwatch.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.blocwatch.model.Claim;
import org.blocwatch.model.Entity;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated history as entities and claims: states, persons, organisations with their
 * memberships, office holders and events. Loading checks that every id a fact names is known
 * and every fact has a citation, and reports all problems at once. The fingerprint
 * ({@link CuratedFiles#fingerprint}) tells whether a KB holds exactly these files.
 */
public record CuratedData(List<Entity> entities, List<Claim> claims, String fingerprint) {

    /** The folder inside the jar (and under data/ in the repository). */
    public static final String FOLDER = "curated";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public CuratedData {
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
    }

    /**
     * The curated data packed with blocwatch. From a jar, the parsed YAML is kept in the user's
     * cache folder under the data's fingerprint ({@link CuratedCache}): reading the files from
     * the jar and parsing YAML took 1.5 s of each {@code extract}, reading the cache 50 ms.
     */
    public static CuratedData load() {
        if (!CuratedFiles.packedInJar(FOLDER)) return parse(CuratedFiles.fromClassPath(FOLDER), Instant.now());
        String fingerprint = packedFingerprint();
        Map<String, JsonNode> docs = CuratedCache.read(fingerprint).orElse(null);
        if (docs == null) {
            Problems problems = new Problems();
            docs = yaml(CuratedFiles.fromClassPath(FOLDER), problems);
            problems.throwIfAny();
            CuratedCache.write(fingerprint, docs);
        }
        return build(docs, fingerprint, new Problems(), Instant.now());
    }

    /** The fingerprint of the curated data packed with blocwatch, without reading it. */
    public static String packedFingerprint() {
        return CuratedFiles.fingerprintOfClassPath(FOLDER);
    }

    /** The curated data in a folder laid out like data/curated. */
    public static CuratedData load(Path folder) {
        return parse(CuratedFiles.fromFolder(folder), Instant.now());
    }

    static CuratedData parse(Map<String, String> files, Instant recordedAt) {
        Problems problems = new Problems();
        return build(yaml(files, problems), CuratedFiles.fingerprint(files), problems, recordedAt);
    }

    private static Map<String, JsonNode> yaml(Map<String, String> files, Problems problems) {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            try {
                docs.put(name, YAML.readTree(text));
            } catch (Exception e) {
                problems.add(name, "not valid YAML: " + firstLine(e.getMessage()));
            }
        });
        return docs;
    }

    private static CuratedData build(Map<String, JsonNode> docs, String fingerprint, Problems problems, Instant recordedAt) {
        EntityReader entities = new EntityReader(problems);
        docs.forEach((name, node) -> {
            if (name.equals("states.yaml")) entities.readStates(name, node);
            else if (name.equals("persons.yaml")) entities.readPersons(name, node);
            else if (name.equals("places.yaml")) entities.readPlaces(name, node);
            else if (name.startsWith("orgs/")) entities.readOrganisation(name, node);
        });
        FactReader facts = new FactReader(entities.ids(), problems, recordedAt);
        List<Claim> claims = new ArrayList<>();
        docs.forEach((name, node) -> {
            if (name.startsWith("orgs/")) claims.addAll(facts.memberships(name, node));
            else if (name.startsWith("offices/")) claims.addAll(facts.offices(name, node));
            else if (name.startsWith("events/")) claims.addAll(facts.events(name, node));
        });
        problems.throwIfAny();
        return new CuratedData(entities.all(), claims, fingerprint);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** Problems found while reading, each naming the file and the entry. */
    static final class Problems {
        private final List<String> list = new ArrayList<>();

        void add(String file, String message) { list.add(file + ": " + message); }

        void throwIfAny() {
            if (!list.isEmpty()) throw new CuratedDataException(list);
        }
    }
}
