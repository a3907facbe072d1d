package org.blocwatch.answers.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.answers.Indicator;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.ReviewState;

import java.util.List;

/** Indicators as JSON: key, label, value, display, its sources and its parts. */
public final class IndicatorJson {
    private IndicatorJson() {}

    /** Whether the value rests on claims still awaiting review (--include-proposed). */
    public static boolean restsOnProposed(Indicator i) {
        return i.allClaims().stream().anyMatch(c -> c.review() == ReviewState.PROPOSED);
    }

    public static ObjectNode of(Indicator i) {
        ObjectNode n = ClaimJson.MAPPER.createObjectNode();
        n.put("key", i.key());
        n.put("label", i.label());
        if (i.value() == null) n.putNull("value"); else n.put("value", i.value());
        n.put("display", i.display());
        n.put("rests_on_proposed", restsOnProposed(i));
        n.set("sources", EvidenceJson.of(i.basis()));
        ArrayNode parts = n.putArray("parts");
        i.parts().forEach(p -> parts.add(of(p)));
        return n;
    }

    public static ArrayNode of(List<Indicator> indicators) {
        ArrayNode a = ClaimJson.MAPPER.createArrayNode();
        indicators.forEach(i -> a.add(of(i)));
        return a;
    }
}
