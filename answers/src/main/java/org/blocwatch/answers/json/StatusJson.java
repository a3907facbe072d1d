package org.blocwatch.answers.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.query.StatusAnswer;
import org.blocwatch.store.KnowledgeStore;

import java.util.List;

/** A status answer as JSON: id, name, status, from, to, uncertain, sources, contradicting. */
public final class StatusJson {
    private StatusJson() {}

    public static ObjectNode of(StatusAnswer s, KnowledgeStore store) {
        ObjectNode n = ClaimJson.MAPPER.createObjectNode();
        n.put("id", s.subject());
        n.put("name", store.entity(s.subject()).map(Entity::label).orElse(s.subject()));
        n.put("organisation", s.object());
        n.put("date", s.day().toString());
        if (s.status() == null) n.putNull("status"); else n.put("status", s.status().wire());
        if (s.from() == null) n.putNull("from"); else n.put("from", s.from().toString());
        if (s.to() == null) n.putNull("to"); else n.put("to", s.to().toString());
        n.put("uncertain", s.uncertain());
        n.set("sources", EvidenceJson.of(s.supporting()));
        n.set("contradicting", EvidenceJson.of(s.contradicting()));
        return n;
    }

    /** The members of an organisation on a day: one status answer each. */
    public static ArrayNode members(List<StatusAnswer> answers, KnowledgeStore store) {
        ArrayNode a = ClaimJson.MAPPER.createArrayNode();
        for (StatusAnswer s : answers) a.add(of(s, store));
        return a;
    }
}
