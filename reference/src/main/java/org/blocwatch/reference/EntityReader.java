package org.blocwatch.reference;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.Alias;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads states, persons and organisations with their names in every language and form. */
final class EntityReader {
    private static final List<String> LANGS = List.of("en", "de", "ru");

    private final CuratedData.Problems problems;
    private final Map<String, Entity> entities = new LinkedHashMap<>();

    EntityReader(CuratedData.Problems problems) { this.problems = problems; }

    Set<String> ids() { return entities.keySet(); }

    List<Entity> all() { return List.copyOf(entities.values()); }

    void readStates(String file, JsonNode list) {
        for (JsonNode s : list) {
            Map<String, String> codes = new LinkedHashMap<>();
            putCode(codes, "iso2", s.get("iso2"));
            putCode(codes, "cow", s.get("cow"));
            putCode(codes, "independence", s.get("independence"));
            add(file, s, EntityKind.STATE, codes, aliases(s, "translit", "inflected", "abbreviations", "metonyms", "demonyms"));
        }
    }

    void readPersons(String file, JsonNode list) {
        for (JsonNode p : list) {
            Map<String, String> codes = new LinkedHashMap<>();
            putCode(codes, "nationality", p.get("nationality"));
            add(file, p, EntityKind.PERSON, codes, aliases(p, "variants"));
        }
    }

    void readPlaces(String file, JsonNode list) {
        for (JsonNode p : list) {
            Map<String, String> codes = new LinkedHashMap<>();
            putCode(codes, "in", p.get("in"));
            add(file, p, EntityKind.PLACE, codes, aliases(p));
        }
    }

    void readOrganisation(String file, JsonNode org) {
        EntityKind kind;
        try {
            kind = EntityKind.valueOf(org.path("kind").asText("organisation").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(file, "unknown kind '" + org.path("kind").asText() + "'");
            return;
        }
        Map<String, String> codes = new LinkedHashMap<>();
        putCode(codes, "cow", org.get("cow"));
        putCode(codes, "founded", org.path("founded").get("date"));
        putCode(codes, "dissolved", org.path("dissolved").get("date"));
        add(file, org, kind, codes, aliases(org, "translit", "inflected", "abbreviations"));
    }

    private void add(String file, JsonNode node, EntityKind kind, Map<String, String> codes, List<Alias> aliases) {
        String id = node.path("id").asText("");
        if (id.isBlank()) {
            problems.add(file, "an entry without an id: " + node);
            return;
        }
        if (entities.containsKey(id)) {
            problems.add(file, "id " + id + " is defined twice");
            return;
        }
        String label = aliases.stream().filter(a -> a.kind() == AliasKind.NAME && "en".equals(a.lang()))
                .map(Alias::text).findFirst().orElse(id);
        entities.put(id, new Entity(id, kind, label, aliases, codes));
    }

    /** Names per language first (the preferred name first), then the other alias lists in order. */
    private static List<Alias> aliases(JsonNode node, String... lists) {
        List<Alias> out = new ArrayList<>();
        JsonNode names = node.path("names");
        for (String lang : LANGS) for (JsonNode n : names.path(lang)) out.add(new Alias(n.asText(), lang, AliasKind.NAME));
        names.fieldNames().forEachRemaining(lang -> {
            if (!LANGS.contains(lang)) for (JsonNode n : names.path(lang)) out.add(new Alias(n.asText(), lang, AliasKind.NAME));
        });
        for (String list : lists) {
            AliasKind kind = switch (list) {
                case "translit" -> AliasKind.TRANSLITERATION;
                case "inflected" -> AliasKind.INFLECTED;
                case "abbreviations" -> AliasKind.ABBREVIATION;
                case "metonyms" -> AliasKind.METONYM;
                case "demonyms" -> AliasKind.DEMONYM;
                default -> AliasKind.VARIANT;
            };
            for (JsonNode n : node.path(list)) if (!n.asText().isBlank()) out.add(new Alias(n.asText(), null, kind));
        }
        return out;
    }

    private static void putCode(Map<String, String> codes, String key, JsonNode value) {
        if (value != null && !value.isNull() && !value.asText().isBlank()) codes.put(key, value.asText());
    }
}
