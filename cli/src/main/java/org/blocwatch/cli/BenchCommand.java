package org.blocwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Benchmarks: each subcommand measures one stage at the scale it will meet. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure how fast blocwatch works.",
        subcommands = {BenchIngestCommand.class, BenchKbCommand.class, BenchExtractCommand.class, BenchServeCommand.class})
final class BenchCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
