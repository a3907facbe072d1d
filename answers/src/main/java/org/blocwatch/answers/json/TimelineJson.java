package org.blocwatch.answers.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.query.TimelineEntry;

import java.util.List;

/** A timeline as JSON: kind, subject, object, what, from, to and the source of each span. */
public final class TimelineJson {
    private TimelineJson() {}

    public static ArrayNode of(List<TimelineEntry> entries) {
        ArrayNode a = ClaimJson.MAPPER.createArrayNode();
        for (TimelineEntry t : entries) {
            var n = a.addObject().put("kind", t.kind()).put("subject", t.subject()).put("object", t.object())
                    .put("what", t.what());
            n.put("from", t.from() == null ? null : t.from().toString());
            n.put("to", t.to() == null ? null : t.to().toString());
            n.set("source", EvidenceJson.of(t.claim()));
        }
        return a;
    }
}
