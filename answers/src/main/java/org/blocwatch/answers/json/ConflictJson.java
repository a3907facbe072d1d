package org.blocwatch.answers.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.answers.Conflict;
import org.blocwatch.answers.Corroboration;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;

import java.util.List;

/** Conflicts as JSON: kind, about, why and both sides, each with its number of independent sources. */
public final class ConflictJson {
    private ConflictJson() {}

    public static ArrayNode of(List<Conflict> conflicts, Corroboration corroboration) {
        ArrayNode a = ClaimJson.MAPPER.createArrayNode();
        for (Conflict c : conflicts) {
            ObjectNode n = a.addObject().put("kind", c.kind()).put("about", c.about()).put("why", c.why());
            n.set("first", side(c.first(), corroboration));
            n.set("second", side(c.second(), corroboration));
        }
        return a;
    }

    private static ObjectNode side(Claim c, Corroboration corroboration) {
        ObjectNode n = EvidenceJson.of(c);
        n.put("independent_sources", corroboration.sources(c));
        return n;
    }
}
