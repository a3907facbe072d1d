package org.blocwatch.answers.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Provenance;

import java.util.List;

/** A claim as the evidence behind an answer: id, method, review, confidence, source and body (CLI --json and API alike). */
public final class EvidenceJson {
    private EvidenceJson() {}

    public static ArrayNode of(List<Claim> claims) {
        ArrayNode a = ClaimJson.MAPPER.createArrayNode();
        for (Claim c : claims) a.add(of(c));
        return a;
    }

    public static ObjectNode of(Claim c) {
        ObjectNode n = ClaimJson.MAPPER.createObjectNode();
        n.put("claim", c.id());
        n.put("method", c.method().toString());
        n.put("review", c.review().wire());
        n.put("confidence", c.confidence());
        if (c.provenance() instanceof Provenance.Document d) {
            n.put("doc", d.docId()).put("start", d.start()).put("end", d.end()).put("quote", d.quote());
        } else if (c.provenance() instanceof Provenance.Curated k) {
            n.put("citation", k.citation());
            if (k.file() != null) n.put("file", "data/curated/" + k.file());
            if (k.note() != null) n.put("note", k.note());
        } else if (c.provenance() instanceof Provenance.Dataset s) {
            n.put("dataset", s.dataset()).put("version", s.version()).put("row", s.row());
        }
        n.set("claim_body", ClaimJson.body(c.body()));
        return n;
    }
}
