package org.blocwatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.exchange.SourceDiff;
import org.blocwatch.exchange.SourceDisagreement;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "diff-sources", mixinStandardHelpOptions = true,
        description = "Where the curated history of an organisation and a dataset disagree: state, years, status on each side.")
final class DiffSourcesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or any name (CSTO, OVKS ...).") String org;
    @Option(names = "--against", required = true, paramLabel = "DATASET", description = "The dataset: cow.") String against;
    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Option(names = "--all", description = "Also compare states the curated history of ORG never names (by default its silence on them is taken as scope).")
    boolean all;

    @Mixin KnowledgeBaseOptions kb;
    @Mixin ViewOptions viewOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!"cow".equals(against)) throw new IllegalArgumentException("unknown dataset '" + against + "' (one of: cow)");
        var out = spec.commandLine().getOut();
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            Entity o = new EntityResolver(store).resolve(org, EntityKind.ORGANISATION, EntityKind.FORMAT, EntityKind.GROUP);
            SourceDiff.Comparison c = SourceDiff.againstCow(store, o.id(), viewOptions.view(), all);
            if (json) {
                ObjectNode n = ClaimJson.MAPPER.createObjectNode().put("organisation", o.id()).put("against", against);
                if (c.covered()) n.put("from", c.firstYear()).put("to", c.lastYear());
                n.put("left_out", c.leftOut());
                ArrayNode a = n.putArray("disagreements");
                for (SourceDisagreement d : c.disagreements()) {
                    ObjectNode x = a.addObject().put("subject", d.subject())
                            .put("name", store.entity(d.subject()).map(Entity::label).orElse(d.subject()))
                            .put("from", d.fromYear()).put("to", d.toYear());
                    x.put("curated", wire(d.curated()));
                    x.put(against, wire(d.dataset()));
                }
                out.println(ClaimJson.write(n));
            } else if (!c.covered()) {
                out.printf("%s (%s): the COW data has no memberships of it (run 'blocwatch import cow DIR' first?)%n", o.id(), o.label());
            } else {
                out.printf("%s (%s), curated vs COW, years %d-%d: %d disagreement(s)%s%n", o.id(), o.label(),
                        c.firstYear(), c.lastYear(), c.disagreements().size(),
                        c.leftOut() == 0 ? "" : " (" + c.leftOut() + " states only COW names left out; --all compares them)");
                for (SourceDisagreement d : c.disagreements()) {
                    String years = d.fromYear() == d.toYear() ? Integer.toString(d.fromYear()) : d.fromYear() + "-" + d.toYear();
                    out.printf("  %-8s %-28s %-9s  curated: %-9s  cow: %s%n", d.subject(),
                            store.entity(d.subject()).map(Entity::label).orElse(d.subject()), years,
                            text(d.curated()), text(d.dataset()));
                }
            }
            return c.disagreements().isEmpty() ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
        }
    }

    private static String wire(MembershipStatus s) { return s == null ? null : s.wire(); }

    private static String text(MembershipStatus s) { return s == null ? "none" : s.wire(); }
}
