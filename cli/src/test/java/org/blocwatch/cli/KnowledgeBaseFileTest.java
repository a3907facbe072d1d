package org.blocwatch.cli;

import org.blocwatch.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** What --db may point at: each way it cannot be a KB is one line and exit 2; an interrupted set-up is completed. */
class KnowledgeBaseFileTest {

    @TempDir Path dir;

    private static CliRun members(String db) {
        return CliTest.run("members", "CSTO", "--at", "2010", "--db", db);
    }

    private static void assertOneLineBadInput(CliRun r, String says) {
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(says);
    }

    @Test
    void aFolderIsRefusedInOneLine() {
        assertOneLineBadInput(members(dir.toString()), "is a folder");
    }

    @Test
    void aTextFileOrRandomBytesAreNoKnowledgeBase() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "A shopping list, not a database.\n");
        assertOneLineBadInput(members(text.toString()), "not a blocwatch knowledge base");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path random = Files.write(dir.resolve("noise.db"), noise);
        assertOneLineBadInput(members(random.toString()), "not a blocwatch knowledge base");
        assertThat(Files.readAllBytes(random)).isEqualTo(noise);
    }

    @Test
    void anEmptyPathOrAnUncreatableFolderIsRefusedInOneLine() throws Exception {
        assertOneLineBadInput(members(""), "path is empty");
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertOneLineBadInput(members(file.resolve("kb.db").toString()), "cannot create the folder");
    }

    @Test
    void aKnowledgeBaseWhoseSetUpWasInterruptedIsCompletedByTheNextCommand() {
        Path db = dir.resolve("k.db");
        // what a kill during "creating the knowledge base" leaves: the schema without the curated data
        Database.openSqlite(db).close();
        CliRun r = members(db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err().strip()).isEqualTo("blocwatch: completing the knowledge base at " + db + " (its set-up was interrupted)");
        assertThat(r.out()).contains("RUS", "KAZ");
        assertThat(members(db.toString()).err()).isEmpty();
    }
}
