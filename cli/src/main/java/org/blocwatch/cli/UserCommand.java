package org.blocwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Accounts of the server. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the server's accounts.",
        subcommands = {UserAddCommand.class})
final class UserCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
