package org.blocwatch.cli;

import org.blocwatch.ingest.bench.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import java.io.PrintStream;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest a generated corpus into a scratch database and report documents/s and MB/s.")
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--docs", paramLabel = "N", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int docs = 10_000;

    @Option(names = "--jobs", paramLabel = "N", description = "Files read in parallel (default: ${DEFAULT-VALUE}).")
    int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (docs < 1 || jobs < 1) throw new IllegalArgumentException("--docs and --jobs must be at least 1");
        var out = spec.commandLine().getOut();
        PrintStream progress = new PrintStream(System.err, true);
        out.println(IngestBenchmark.run(docs, jobs, progress).describe());
        return ExitCodes.OK;
    }
}
