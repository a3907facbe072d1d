package org.blocwatch.cli;

import org.blocwatch.reference.CuratedData;
import org.blocwatch.reference.CuratedSync;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.Instant;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the knowledge base (or bring it up to date) and load the curated history. Safe to repeat.")
final class InitCommand implements Callable<Integer> {

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        CuratedData data = CuratedData.load();
        try (JdbcKnowledgeStore store = org.blocwatch.store.Database.open(kb.location())) {
            CuratedSync.Result r = CuratedSync.apply(store, data, Instant.now());
            var stats = store.stats();
            out.printf("knowledge base: %s%n", kb.location().display());
            out.printf("curated data: %d entities, %d facts (%d new, %d unchanged, %d retracted)%n",
                    r.entities(), data.claims().size(), r.recorded(), r.unchanged(), r.retracted());
            out.printf("store: %d entities, %d aliases, %d claims held %s, %d retracted%n",
                    stats.entities(), stats.aliases(), stats.claims(), stats.byType(), stats.retracted());
        }
        return ExitCodes.OK;
    }
}
