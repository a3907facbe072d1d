package org.blocwatch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.query.StatusAnswer;
import org.blocwatch.store.KnowledgeStore;

/** A status answer as JSON: id, name, status, from, to, uncertain, sources, contradicting. */
final class StatusJson {
    private StatusJson() {}

    static ObjectNode of(StatusAnswer s, KnowledgeStore store) {
        ObjectNode n = ClaimJson.MAPPER.createObjectNode();
        n.put("id", s.subject());
        n.put("name", store.entity(s.subject()).map(Entity::label).orElse(s.subject()));
        n.put("organisation", s.object());
        n.put("date", s.day().toString());
        if (s.status() == null) n.putNull("status"); else n.put("status", s.status().wire());
        if (s.from() == null) n.putNull("from"); else n.put("from", s.from().toString());
        if (s.to() == null) n.putNull("to"); else n.put("to", s.to().toString());
        n.put("uncertain", s.uncertain());
        n.set("sources", Evidence.json(s.supporting()));
        n.set("contradicting", Evidence.json(s.contradicting()));
        return n;
    }
}
