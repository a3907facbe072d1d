package org.blocwatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.answers.Corroboration;
import org.blocwatch.answers.Indicator;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.ReviewState;

import java.io.PrintWriter;
import java.util.List;

/** How indicators are shown: a line each with their parts, the claims behind them on --explain, or JSON. */
final class IndicatorOutput {
    private IndicatorOutput() {}

    /** With {@code corroboration} (on --explain) every claim behind the value, with its number of independent sources. */
    static void print(PrintWriter out, Indicator i, Corroboration corroboration) {
        out.printf("  %-44s %s%s%n", i.label(), i.display(), mark(i));
        for (Indicator p : i.parts()) {
            out.printf("      %s%s%n", p.display(), mark(p));
            if (corroboration != null) p.basis().forEach(c -> Evidence.explain(out, "  rests on" + sources(corroboration, c), c));
        }
        if (corroboration != null && i.parts().isEmpty())
            i.basis().forEach(c -> Evidence.explain(out, "rests on" + sources(corroboration, c), c));
    }

    private static String sources(Corroboration corroboration, Claim c) {
        int n = corroboration.sources(c);
        return n == 1 ? "" : " (" + n + " independent sources)";
    }

    /** Values that rest on claims still awaiting review (--include-proposed) say so. */
    static String mark(Indicator i) {
        return restsOnProposed(i) ? " [proposed]" : "";
    }

    private static boolean restsOnProposed(Indicator i) {
        return i.allClaims().stream().anyMatch(c -> c.review() == ReviewState.PROPOSED);
    }

    static ObjectNode json(Indicator i) {
        ObjectNode n = ClaimJson.MAPPER.createObjectNode();
        n.put("key", i.key());
        n.put("label", i.label());
        if (i.value() == null) n.putNull("value"); else n.put("value", i.value());
        n.put("display", i.display());
        n.put("rests_on_proposed", restsOnProposed(i));
        n.set("sources", Evidence.json(i.basis()));
        ArrayNode parts = n.putArray("parts");
        i.parts().forEach(p -> parts.add(json(p)));
        return n;
    }

    static ArrayNode json(List<Indicator> indicators) {
        ArrayNode a = ClaimJson.MAPPER.createArrayNode();
        indicators.forEach(i -> a.add(json(i)));
        return a;
    }
}
