package org.blocwatch.cli;

import org.blocwatch.exchange.CowImport;
import org.blocwatch.exchange.ImportProblems;
import org.blocwatch.exchange.JsonlImport;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a dataset or an exchange file into the knowledge base. Safe to repeat.",
        subcommands = {ImportCommand.Cow.class, ImportCommand.Jsonl.class})
final class ImportCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Skipped rows go to stderr one a line and make the exit code 2; the rows that could be read are imported. */
    static int finish(PrintWriter err, ImportProblems problems) {
        problems.lines().forEach(line -> err.println("blocwatch: " + line));
        return problems.count() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    @Command(name = "cow", mixinStandardHelpOptions = true,
            description = "Import the Correlates of War IGO data v3 (state_year_long.csv[.gz], igos.csv, states2016.csv in DIR).")
    static final class Cow implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the COW IGO files.") Path dir;
        @Mixin KnowledgeBaseOptions kb;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
                CowImport.Result r = CowImport.run(store, dir, Instant.now());
                out.printf("COW IGO v3: %d state-year rows, %d spans (%d new), %d states and %d organisations created%n",
                        r.rows(), r.spans(), r.recorded(), r.statesCreated(), r.organisationsCreated());
                return finish(spec.commandLine().getErr(), r.problems());
            }
        }
    }

    @Command(name = "jsonl", mixinStandardHelpOptions = true,
            description = "Import claims in the exchange format, e.g. a 'blocwatch export --format jsonl' of another KB.")
    static final class Jsonl implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "JSON Lines, one claim a line.") Path file;
        @Mixin KnowledgeBaseOptions kb;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
                JsonlImport.Result r = JsonlImport.run(store, file);
                spec.commandLine().getOut().printf("%s: %d lines, %d new claims%n", file, r.lines(), r.recorded());
                return finish(spec.commandLine().getErr(), r.problems());
            }
        }
    }
}
