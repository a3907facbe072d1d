package org.blocwatch.cli;

import org.blocwatch.answers.json.TimelineJson;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.query.TimelineEntry;
import org.blocwatch.query.TimelineQuery;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "All membership spans and offices of a state, organisation or person, in time order.")
final class TimelineCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "Entity id or any name.") String id;

    @Mixin OutputOptions output;
    @Mixin KnowledgeBaseOptions kb;
    @Mixin ViewOptions viewOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            Entity e = new EntityResolver(store).resolve(id);
            List<TimelineEntry> entries = new TimelineQuery(store, viewOptions.view()).timeline(e.id());
            if (output.json) {
                out.println(ClaimJson.write(TimelineJson.of(entries)));
            } else {
                out.printf("%s (%s): %d spans%n", e.id(), e.label(), entries.size());
                for (TimelineEntry t : entries) {
                    out.printf("  %-10s %-10s %-9s %-26s %-10s %-24s %s%n", t.from() == null ? "?" : t.from(),
                            t.to() == null ? "" : t.to(), t.kind(), t.what(), t.subject(), t.object(), Evidence.cite(t.claim()));
                    if (output.explain) Evidence.explain(out, "source", t.claim());
                }
            }
            return entries.isEmpty() ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
        }
    }
}
