package org.blocwatch.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.ingest.search.SearchHit;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.store.DocumentSummary;

import java.util.List;

/** Documents, search hits and entities as JSON, the same for `docs --json`, `search --json` and the API. */
public final class DocumentJson {
    private DocumentJson() {}

    public static ArrayNode documents(List<DocumentSummary> docs) {
        ArrayNode array = ClaimJson.MAPPER.createArrayNode();
        for (DocumentSummary d : docs) {
            ObjectNode o = array.addObject();
            o.put("doc", d.id());
            o.put("source", d.source());
            o.put("title", d.title());
            o.put("author", d.author());
            o.put("publisher", d.publisher());
            o.put("published", d.published() == null ? null : d.published().toString());
            o.put("language", d.language());
            o.put("chars", d.chars());
            o.put("duplicate_of", d.duplicateOf());
        }
        return array;
    }

    public static ArrayNode hits(List<SearchHit> hits) {
        ArrayNode array = ClaimJson.MAPPER.createArrayNode();
        for (SearchHit h : hits) {
            ObjectNode o = array.addObject();
            o.put("doc", h.id());
            o.put("title", h.title());
            o.put("language", h.language());
            o.put("published", h.published() == null ? null : h.published().toString());
            o.put("score", h.score());
            o.put("snippet", h.snippet());
        }
        return array;
    }

    public static ObjectNode entity(Entity e) {
        ObjectNode o = ClaimJson.MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        o.put("label", e.label());
        ObjectNode codes = o.putObject("codes");
        e.codes().forEach(codes::put);
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(a -> aliases.addObject().put("text", a.text()).put("lang", a.lang())
                .put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT)));
        return o;
    }
}
