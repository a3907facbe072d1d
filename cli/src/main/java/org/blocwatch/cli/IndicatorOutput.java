package org.blocwatch.cli;

import org.blocwatch.answers.json.IndicatorJson;
import org.blocwatch.answers.Corroboration;
import org.blocwatch.answers.Indicator;
import org.blocwatch.model.Claim;

import java.io.PrintWriter;

/** How indicators are shown: a line each with their parts, the claims behind them on --explain (JSON: answers IndicatorJson). */
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
        return IndicatorJson.restsOnProposed(i) ? " [proposed]" : "";
    }
}
