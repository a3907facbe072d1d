package org.blocwatch.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest, docs, show and search end to end, on invented documents in a temporary folder. */
class DocumentCommandsTest {

    @TempDir static Path dir;
    static String db;

    static CliRun run(String... args) { return CliRun.of(CliRun.onKb(db, args)); }

    @BeforeAll
    static void documents() throws Exception {
        db = dir.resolve("kb.db").toString();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("zollrat.txt"), """
                Stand: 03.02.2024

                Zollrat berät über Getreide

                Von Karl Probe

                Der Zollrat der Steppenstaaten hat in Tarasun über gemeinsame Abgaben auf Getreide beraten. Ein \
                Beobachterstatus für Nachbarländer wurde besprochen, aber nicht beschlossen.
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("kommentar.txt"), """
                Die Minister der Steppenstaaten sprechen seit Jahren über kollektive Sicherheit, doch geschehen ist \
                wenig. Ohne gemeinsame Truppen bleibt jedes Versprechen ein Versprechen auf Papier.
                """, StandardCharsets.UTF_8);
        Files.write(in.resolve("leer.txt"), new byte[0]);
    }

    @Test
    void ingestStoresOnceReportsFailuresAndFeedsSearch() {
        CliRun first = run("ingest", dir.resolve("in").toString());
        assertThat(first.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(first.err()).contains("leer.txt: empty file", "kommentar: no publication date found");
        assertThat(first.out()).contains("stored zollrat [de, 2024-02-03] Zollrat berät über Getreide",
                "2 ingested, 0 already present, 1 failed");

        CliRun again = run("ingest", dir.resolve("in/zollrat.txt").toString(), dir.resolve("in/kommentar.txt").toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already ingested as zollrat", "0 ingested, 2 already present, 0 failed");

        CliRun docs = run("docs");
        assertThat(docs.exit()).isZero();
        assertThat(docs.out()).contains("zollrat", "2024-02-03", "kommentar");
        assertThat(run("docs", "--json").out()).contains("\"doc\" : \"zollrat\"", "\"author\" : \"Karl Probe\"");

        CliRun show = run("show", "zollrat");
        assertThat(show.out()).contains("author:     Karl Probe", "published:  2024-02-03", "Der Zollrat der Steppenstaaten");
        assertThat(run("show", "zollrat", "--raw").out()).startsWith("Stand: 03.02.2024");
        assertThat(run("show", "nirgends").exit()).isEqualTo(ExitCodes.NOTHING_FOUND);

        CliRun search = run("search", "Beobachterstatus");
        assertThat(search.exit()).isZero();
        assertThat(search.out()).startsWith("zollrat").contains("«Beobachterstatus»");
        assertThat(run("search", "\"kollektive Sicherheit\"").out()).startsWith("kommentar");
        assertThat(run("search", "Getreide", "--from", "2025").exit()).isEqualTo(ExitCodes.NOTHING_FOUND);
        assertThat(run("search", "Getreide", "--lang", "de", "--to", "2024-12", "--json").out()).contains("\"doc\" : \"zollrat\"");
        CliRun bad = run("search", "Getreide", "--from", "gestern");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).doesNotContain("Exception").contains("not a date");
        assertThat(run("search", "Getreide", "--limit", "0").exit()).isEqualTo(ExitCodes.BAD_INPUT);

        // an index lost (or behind the table after a crash) is rebuilt from the stored documents
        CliRun reindex = run("reindex");
        assertThat(reindex.exit()).as(reindex.err()).isZero();
        assertThat(reindex.out()).startsWith("reindexed 2 documents");
        assertThat(run("search", "Beobachterstatus").out()).startsWith("zollrat");
    }
}
