package org.blocwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.ClaimJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, on a knowledge base in a temporary folder. */
class CliTest {

    @TempDir static Path dir;
    static String db;

    static CliRun run(String... args) { return CliRun.of(CliRun.onKb(db, args)); }

    @BeforeAll
    static void init() {
        db = dir.resolve("kb.db").toString();
        CliRun r = run("init");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("curated data:");
    }

    @Test
    void initTwiceChangesNothing() {
        CliRun again = run("init");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).containsPattern("\\(0 new, \\d+ unchanged, 0 retracted\\)");
    }

    @Test
    void membersOfTheCstoIn2010AnsweredFromAnyAliasWithSources() throws Exception {
        for (String name : List.of("OVKS", "CSTO", "ОДКБ")) {
            CliRun r = run("members", name, "--at", "2010-01-01", "--json");
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode a = r.json();
            List<String> ids = new ArrayList<>();
            a.forEach(m -> ids.add(m.get("id").asText()));
            assertThat(ids).containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB");
            a.forEach(m -> {
                assertThat(m.get("status").asText()).isEqualTo("member");
                assertThat(m.get("sources").size()).isPositive();
                assertThat(m.get("sources").get(0).get("citation").asText()).isNotBlank();
                assertThat(m.has("from") && m.has("to") && m.has("uncertain") && m.has("name")).isTrue();
            });
        }
    }

    @Test
    void statusNamesBothSidesOfADisagreement() throws Exception {
        CliRun r = run("status", "Usbekistan", "OVKS", "--at", "2012-09-01", "--json");
        assertThat(r.exit()).isZero();
        JsonNode n = r.json();
        assertThat(n.get("status").isNull()).isFalse();
        assertThat(n.get("contradicting").size()).isPositive();
        assertThat(n.get("uncertain").asBoolean()).isTrue();
    }

    @Test
    void noStatusIsExitCodeOneWithANullStatus() throws Exception {
        CliRun r = run("status", "Kasachstan", "EAWU", "--at", "2010", "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.NOTHING_FOUND);
        assertThat(r.json().get("status").isNull()).isTrue();
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        CliRun date = run("members", "CSTO", "--at", "2010-13-01");
        assertThat(date.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(date.err().strip()).isEqualTo("blocwatch: no such date: 2010-13-01");
        CliRun name = run("members", "Kasakhstan Pact", "--at", "2010");
        assertThat(name.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(name.err()).startsWith("blocwatch: unknown name 'Kasakhstan Pact'").doesNotContain("Exception");
        CliRun status = run("members", "CSTO", "--at", "2010", "--status", "friend");
        assertThat(status.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(status.err()).contains("unknown status 'friend'");
        String pasted = "x".repeat(100_000);
        for (CliRun huge : List.of(run("members", pasted, "--at", "2010"), run("members", "CSTO", "--at", pasted))) {
            assertThat(huge.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(huge.err()).containsPattern("\\(1000\\d\\d characters\\)").hasSizeLessThan(1000);
        }
    }

    @Test
    void everyCommandSummaryIsAWholeSentence() {
        CliRun r = run("--help");
        String commands = r.out().substring(r.out().indexOf("Commands:"));
        for (String summary : commands.split("\\n  (?=\\S)")) {
            if (summary.startsWith("Commands:")) continue;
            assertThat(summary.strip()).as(summary).endsWith(".");
        }
    }

    @Test
    void unknownNamesGetSuggestions() {
        CliRun r = run("entity", "Kasakhstan");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("did you mean").contains("(KAZ)");
    }

    @Test
    void entityResolvesNamesInThreeLanguages() {
        assertThat(run("entity", "Kasachstans").out()).startsWith("KAZ");
        assertThat(run("entity", "Казахстан").out()).startsWith("KAZ");
        assertThat(run("entity", "Weißrussland").out()).startsWith("BLR");
        assertThat(run("entity", "Gemeinschaft", "Unabhängiger", "Staaten").out()).startsWith("CIS");
    }

    @Test
    void timelineListsSpansInOrder() throws Exception {
        CliRun r = run("timeline", "UZB", "--json");
        assertThat(r.exit()).isZero();
        List<String> starts = new ArrayList<>();
        r.json().forEach(e -> starts.add(e.get("from").isNull() ? "" : e.get("from").asText()));
        assertThat(starts).isSorted().isNotEmpty();
    }

    @Test
    void exportWritesTheExchangeFormat() throws Exception {
        CliRun r = run("export", "--format", "jsonl");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines.subList(0, Math.min(50, lines.size()))) {
            JsonNode n = ClaimJson.MAPPER.readTree(line);
            assertThat(n.get("doc").asText()).isNotBlank();
            assertThat(n.get("type").asText()).isIn("membership", "office", "event");
            assertThat(n.get("quote").asText()).isNotBlank();
            assertThat(ClaimJson.readClaim(n).id()).isEqualTo(n.get("id").asText());
        }
        assertThat(run("export", "--format", "xml").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("init", "members", "status", "timeline", "entity", "claims", "export", "import", "diff-sources", "bench")) {
            CliRun r = run(cmd, "--help");
            assertThat(r.exit()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: blocwatch " + cmd);
        }
    }
}
