package org.blocwatch.answers.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.answers.DateRange;
import org.blocwatch.answers.FigureCheck;
import org.blocwatch.answers.Indicator;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A comparison of organisations as JSON: the period, each organisation's indicators, and the analyses' figures beside the KB's. */
public final class ComparisonJson {
    private ComparisonJson() {}

    public static ObjectNode of(DateRange range, Map<Entity, List<Indicator>> byOrg, List<FigureCheck> checks) {
        ObjectNode n = ClaimJson.MAPPER.createObjectNode();
        n.put("from", range.from().getYear() <= 1 ? null : range.from().toString());
        n.put("to", range.to().toString());
        ArrayNode orgs = n.putArray("organisations");
        byOrg.forEach((org, list) -> {
            ObjectNode o = orgs.addObject().put("id", org.id()).put("name", org.label());
            o.set("indicators", IndicatorJson.of(list));
        });
        ArrayNode a = n.putArray("analysis");
        for (FigureCheck c : checks) {
            ObjectNode f = a.addObject().put("citation", c.citation()).put("org", c.stated().org())
                    .put("indicator", c.stated().indicator()).put("stated", c.stated().value())
                    .put("reading", c.stated().reading()).put("says", c.stated().says()).put("agrees", c.agrees()).put("verdict", c.verdict().toLowerCase(Locale.ROOT));
            f.set("kb", IndicatorJson.of(c.kb()));
        }
        return n;
    }
}
