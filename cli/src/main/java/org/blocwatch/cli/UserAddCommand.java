package org.blocwatch.cli;

import org.blocwatch.server.Accounts;
import org.blocwatch.server.Role;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add an account (or change its role and password). The password is asked for on a terminal, "
                + "else read as the first line of standard input. Passwords are stored as bcrypt hashes."})
final class UserAddCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "Account name: letters, digits, '.', '_', '-'.") String name;
    @Option(names = "--role", required = true, paramLabel = "R", description = "reader, reviewer or admin.") String role;
    @Option(names = "--token", description = "Also create an API token, printed once (only its hash is stored).") boolean token;

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Role r = Role.fromWire(role);
        char[] password = password();
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            Accounts.put(store, name, r, password);
            var out = spec.commandLine().getOut();
            out.printf("account %s (%s) saved%n", name, r.wire());
            if (token) out.println("API token (shown only now): " + Accounts.newToken(store, name));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        return ExitCodes.OK;
    }

    private char[] password() throws IOException {
        var console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("Again: ");
            if (first == null || !java.util.Arrays.equals(first, again)) throw new IllegalArgumentException("the passwords differ");
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) throw new IllegalArgumentException("no password on standard input");
        return line.toCharArray();
    }
}
