package org.blocwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.ClaimJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** blocwatch extract on an invented German report. */
class ExtractCommandTest {

    @TempDir Path dir;

    static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void printsClaimsWithTheirQuoteAsJsonLines() throws Exception {
        Path file = dir.resolve("bericht-7.txt");
        String text = "Stand: 12.03.2024\n\nGrenzfragen\n\nIm Jahr 2012 ist Usbekistan aus der OVKS ausgetreten. "
                + "Der kasachische Präsident Kassym-Schomart Tokajew lobte die Zusammenarbeit.\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliRun r = run("extract", file.toString());
        assertThat(r.exit()).isZero();
        JsonNode withdrawal = r.out().lines().map(ExtractCommandTest::json).filter(n -> n.path("type").asText().equals("membership"))
                .findFirst().orElseThrow();
        assertThat(withdrawal.path("doc").asText()).isEqualTo("bericht-7");
        assertThat(withdrawal.path("subject").asText()).isEqualTo("UZB");
        assertThat(withdrawal.path("object").asText()).isEqualTo("CSTO");
        assertThat(withdrawal.path("to").asText()).isEqualTo("2012");
        String quote = withdrawal.path("quote").asText();
        assertThat(text.substring(withdrawal.path("start").asInt(), withdrawal.path("end").asInt())).isEqualTo(quote);
        assertThat(r.out()).contains("\"person\":\"person:kassym-jomart-tokayev\"");
    }

    @Test
    void textFormatAndAMissingFile() throws Exception {
        Path file = dir.resolve("notiz.txt");
        Files.writeString(file, "Im Jahr 2012 ist Usbekistan aus der OVKS ausgetreten.\n", StandardCharsets.UTF_8);
        CliRun r = run("extract", "--format", "text", file.toString(), dir.resolve("fehlt.txt").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).contains("notiz  membership").contains("\u00abIm Jahr 2012 ist Usbekistan aus der OVKS ausgetreten.\u00bb");
        assertThat(r.err()).contains("fehlt.txt");
    }

    private static JsonNode json(String line) {
        try {
            return ClaimJson.MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
