package org.blocwatch.cli;

import org.blocwatch.extract.bench.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract claims from a generated corpus on one core and report documents/s and MB/s.")
final class BenchExtractCommand implements Callable<Integer> {

    @Option(names = "--docs", paramLabel = "N", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int docs = 2000;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (docs < 1) throw new IllegalArgumentException("--docs must be at least 1");
        PrintStream progress = new PrintStream(System.err, true);
        spec.commandLine().getOut().println(ExtractionBenchmark.run(docs, progress).describe());
        return ExitCodes.OK;
    }
}
