package org.blocwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The blocwatch command line: one subcommand per question an analyst asks. */
@Command(name = "blocwatch", mixinStandardHelpOptions = true, version = "blocwatch 0.1.0",
        description = "A temporal, evidence-backed knowledge base of the Eurasian alliance system.",
        subcommands = {
                InitCommand.class, MembersCommand.class, StatusCommand.class, TimelineCommand.class,
                EntityCommand.class, ClaimsCommand.class, ExportCommand.class, ImportCommand.class,
                DiffSourcesCommand.class, IngestCommand.class, ExtractCommand.class, SearchCommand.class, ReindexCommand.class, DocsCommand.class,
                ShowCommand.class, BenchCommand.class, MigrateCommand.class,
                ReviewCommand.class, ConflictsCommand.class, CompareCommand.class, ReportCommand.class,
                ServeCommand.class, UserCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, with blocwatch's error handling. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new UserErrors());
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("blocwatch: " + UserErrors.shorten(ex.getMessage()));
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
