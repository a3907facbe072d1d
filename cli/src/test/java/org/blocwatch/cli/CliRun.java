package org.blocwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.ClaimJson;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line inside the test JVM: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    JsonNode json() throws Exception { return ClaimJson.MAPPER.readTree(out); }

    static CliRun of(String... args) { return withInput("", args); }

    /** A run that reads {@code stdin} as its standard input. */
    static CliRun withInput(String stdin, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new CliRun(cli.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    /** The arguments with {@code --db db} added, unless they ask for help or name a knowledge base themselves. */
    static String[] onKb(String db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--help") && !all.contains("--db") && !all.contains("--jdbc")) { all.add("--db"); all.add(db); }
        return all.toArray(String[]::new);
    }
}
