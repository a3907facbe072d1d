package org.blocwatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample work {@code bin/blocwatch} records its class-data archive from (AppCDS,
 * {@code -XX:ArchiveClassesAtExit}): one process that answers a query, extracts claims from a
 * short text, ingests it and searches, so that the classes of all of these start mapped, not
 * loaded and verified one by one. Usage: {@code StartupTraining SCRATCH-FOLDER}.
 */
public final class StartupTraining {
    private StartupTraining() {}

    /** An invented text in the three languages blocwatch reads. */
    private static final String SAMPLE = """
            Stand: 03.02.2024

            Gipfel in Astana

            Kasachstan und Kirgisistan sind Mitglieder der OVKS. Der Gipfel fand am 3. Februar 2024 statt.

            Armenia froze its participation in the CSTO in February 2024, the foreign minister said.

            Министры иностранных дел Казахстана и России встретились в Астане.
            """;

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]);
        Path db = scratch.resolve("kb.db"), text = Files.writeString(scratch.resolve("sample.txt"), SAMPLE, StandardCharsets.UTF_8);
        run("members", "CSTO", "--at", "2010-01-01", "--db", db.toString());
        run("extract", text.toString());
        run("ingest", text.toString(), "--db", db.toString());
        run("search", "Gipfel", "--db", db.toString());
    }

    private static void run(String... args) {
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.execute(args);
    }
}
