package org.blocwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Provenance;

/** Provenance as stored in the claim table's JSON column. */
final class ProvenanceJson {
    private ProvenanceJson() {}

    static String kind(Provenance p) {
        if (p instanceof Provenance.Document) return "document";
        if (p instanceof Provenance.Curated) return "curated";
        return "dataset";
    }

    static String ref(Provenance p) {
        if (p instanceof Provenance.Document d) return d.docId();
        if (p instanceof Provenance.Curated c) return c.file();
        return ((Provenance.Dataset) p).dataset();
    }

    static String write(Provenance p) {
        ObjectNode n = ClaimJson.MAPPER.createObjectNode();
        n.put("kind", kind(p));
        if (p instanceof Provenance.Document d) {
            n.put("doc", d.docId()).put("start", d.start()).put("end", d.end()).put("quote", d.quote());
        } else if (p instanceof Provenance.Curated c) {
            n.put("citation", c.citation()).put("file", c.file()).put("note", c.note());
        } else if (p instanceof Provenance.Dataset s) {
            n.put("dataset", s.dataset()).put("version", s.version()).put("row", s.row());
        }
        return ClaimJson.write(n);
    }

    static Provenance read(String json) {
        JsonNode n;
        try {
            n = ClaimJson.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new StoreException("unreadable provenance in the store: " + json, e);
        }
        return switch (n.path("kind").asText()) {
            case "document" -> new Provenance.Document(n.path("doc").asText(), n.path("start").asInt(),
                    n.path("end").asInt(), n.path("quote").asText());
            case "curated" -> new Provenance.Curated(n.path("citation").asText(), text(n, "file"), text(n, "note"));
            default -> new Provenance.Dataset(n.path("dataset").asText(), text(n, "version"), text(n, "row"));
        };
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
