package org.blocwatch.cli;

import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.blocwatch.store.KnowledgeBaseCopy;
import org.blocwatch.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Copy the whole knowledge base (--db or --jdbc) into an empty one at --to.",
                "Lossless, SQLite or PostgreSQL either way: entities, aliases, claims with",
                "their ids, times and review history, documents. The copy's search index",
                "is rebuilt from its documents on first use."})
final class MigrateCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "LOCATION",
            description = "An SQLite file path or postgresql://[user[:password]@]host[:port]/database; it must be empty.")
    String to;

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        StoreLocation target = StoreLocation.parse(to);
        long started = System.nanoTime();
        try (JdbcKnowledgeStore source = kb.open(spec.commandLine().getErr());
             JdbcKnowledgeStore copy = Database.open(target)) {
            Map<String, Long> copied = KnowledgeBaseCopy.copy(source, copy);
            out.printf("copied %s from %s to %s in %.1f s%n", KnowledgeBaseCopy.describe(copied),
                    kb.location().display(), target.display(), (System.nanoTime() - started) / 1e9);
        }
        return ExitCodes.OK;
    }
}
