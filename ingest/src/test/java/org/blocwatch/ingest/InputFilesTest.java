package org.blocwatch.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** What a folder walk meets that cannot be read is one problem each, and the walk goes on. */
class InputFilesTest {

    @TempDir Path dir;

    @Test
    void linkLoopsAndPipesAreReportedAndTheOtherFilesFound() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), "text");
        Files.writeString(dir.resolve("in/b.txt"), "text");
        Files.createSymbolicLink(in.resolve("back"), dir.resolve("in"));
        Files.createSymbolicLink(dir.resolve("in/nowhere.txt"), dir.resolve("gone.txt"));
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("in/pipe.txt").toString()).start().waitFor() == 0;

        InputFiles.Expansion e = InputFiles.expand(List.of(dir.resolve("in")));

        assertThat(e.files()).containsExactly(dir.resolve("in/b.txt"), in.resolve("a.txt"));
        assertThat(e.problems()).extracting(InputFiles.Problem::message)
                .anySatisfy(m -> assertThat(m).endsWith("back: a link back to a folder above it, not followed"))
                .anySatisfy(m -> assertThat(m).endsWith("nowhere.txt: a link to nothing, skipped"));
        assumeThat(fifo).as("mkfifo available").isTrue();
        assertThat(e.problems()).extracting(InputFiles.Problem::message)
                .anySatisfy(m -> assertThat(m).endsWith("pipe.txt: not a regular file (a pipe, socket or device), skipped"));
    }
}
