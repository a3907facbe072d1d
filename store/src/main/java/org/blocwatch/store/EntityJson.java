package org.blocwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.model.Alias;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An entity's aliases and codes as stored in the entity table's JSON column. */
final class EntityJson {
    private EntityJson() {}

    static String write(Entity e) {
        ObjectNode n = ClaimJson.MAPPER.createObjectNode();
        var aliases = n.putArray("aliases");
        for (Alias a : e.aliases()) {
            ObjectNode x = aliases.addObject().put("text", a.text()).put("kind", a.kind().name());
            if (a.lang() != null) x.put("lang", a.lang());
        }
        ObjectNode codes = n.putObject("codes");
        e.codes().forEach(codes::put);
        return ClaimJson.write(n);
    }

    static Entity read(String id, String kind, String label, String json) {
        try {
            JsonNode n = ClaimJson.MAPPER.readTree(json);
            List<Alias> aliases = new ArrayList<>();
            for (JsonNode a : n.path("aliases")) {
                aliases.add(new Alias(a.path("text").asText(), a.hasNonNull("lang") ? a.get("lang").asText() : null,
                        AliasKind.valueOf(a.path("kind").asText())));
            }
            Map<String, String> codes = new LinkedHashMap<>();
            n.path("codes").fields().forEachRemaining(f -> codes.put(f.getKey(), f.getValue().asText()));
            return new Entity(id, EntityKind.valueOf(kind), label, aliases, codes);
        } catch (Exception e) {
            throw new StoreException("unreadable entity " + id + " in the store", e);
        }
    }
}
