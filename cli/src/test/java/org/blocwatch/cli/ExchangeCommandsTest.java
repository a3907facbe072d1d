package org.blocwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.ClaimJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** import, diff-sources and the exports end to end, on the curated KB plus a small COW-shaped folder. */
class ExchangeCommandsTest {

    @TempDir static Path dir;
    static Path cow;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception { return ClaimJson.MAPPER.readTree(out); }
    }

    static Run run(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db.toString());
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    static Run run(String... args) { return run(dir.resolve("kb.db"), args); }

    /** COW rows for the CSTO: Uzbekistan coded 2002-2011 (the curated history has it out until 2006), Russia throughout. */
    @BeforeAll
    static void importCow() throws IOException {
        cow = Files.createDirectories(dir.resolve("cow"));
        Files.writeString(cow.resolve("igos.csv"), """
                "ionum","ioname","orgname","longorgname","sdate","deaddate","political","social","economic"
                1125,"CSTO","Collective Security Treaty Organization","Collective Security Treaty Organization (CSTO)",2002,NA,1,0,0
                9999,"PIARC","Permanent International Association of Road Congresses","PIARC",1909,NA,0,0,1
                """);
        Files.writeString(cow.resolve("states2016.csv"), """
                stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version
                RUS,365,Russia,1816,1,1,2016,12,31,2016
                UZB,704,Uzbekistan,1991,12,21,2016,12,31,2016
                """);
        List<String> rows = new ArrayList<>(List.of("\"ioname\",\"ccode\",\"state\",\"year\",\"status\""));
        IntStream.rangeClosed(2002, 2014).forEach(y -> rows.add("\"csto\",365,\"russia\"," + y + ",\"full\""));
        IntStream.rangeClosed(2002, 2011).forEach(y -> rows.add("\"csto\",704,\"uzbekistan\"," + y + ",\"full\""));
        IntStream.rangeClosed(2010, 2014).forEach(y -> rows.add("\"piarc\",704,\"uzbekistan\"," + y + ",\"observer\""));
        Files.write(cow.resolve("state_year_long.csv"), rows);
        Run r = run("import", "cow", cow.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("28 state-year rows, 3 spans (3 new), 0 states and 1 organisations created");
    }

    @Test
    void importingTwiceChangesNothing() {
        Run again = run("import", "cow", cow.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("3 spans (0 new), 0 states and 0 organisations created");
    }

    @Test
    void importedOrganisationsAndSpansAnswerQuestions() {
        Run members = run("members", "PIARC", "--at", "2012-06-01");
        assertThat(members.exit()).as(members.err()).isZero();
        assertThat(members.out()).contains("COW_PIARC").contains("UZB").contains("observer").contains("cow-igo-v3 3.0: piarc/704/2010-2014");
    }

    @Test
    void diffSourcesNamesTheYearsCowGivesUzbekistanInTheCsto() throws Exception {
        Run text = run("diff-sources", "OVKS", "--against", "cow");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("years 2002-2014").containsPattern("UZB +Uzbekistan +2002-2005 +curated: none +cow: member");
        JsonNode json = run("diff-sources", "CSTO", "--against", "cow", "--json").json();
        assertThat(json.get("disagreements").toString()).contains(
                "{\"subject\":\"UZB\",\"name\":\"Uzbekistan\",\"from\":2002,\"to\":2005,\"curated\":null,\"cow\":\"member\"}");
        Run other = run("diff-sources", "CSTO", "--against", "wikidata");
        assertThat(other.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(other.err().strip()).isEqualTo("blocwatch: unknown dataset 'wikidata' (one of: cow)");
    }

    @Test
    void csvExportHasCowsStateYearShape() {
        Run r = run("export", "--format", "csv", "--org", "CSTO", "--org", "OVKS", "--from", "2011", "--to", "2012");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("ioname,ccode,state,year,status");
        assertThat(lines).contains("csto,365,Russia,2011,full", "csto,704,Uzbekistan,2011,full", "csto,371,Armenia,2012,full")
                .doesNotContain("csto,704,Uzbekistan,2012,full");
        assertThat(lines.stream().filter(l -> l.startsWith("csto,365,Russia,"))).hasSize(2);
        assertThat(run("export", "--format", "csv", "--from", "2012", "--to", "2011").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void rdfExportsAreTurtleAndJsonLd() throws Exception {
        Run ttl = run("export", "--format", "ttl", "--org", "CSTO");
        assertThat(ttl.exit()).as(ttl.err()).isZero();
        assertThat(ttl.out()).containsPattern("(?i)prefix pq:").contains("ps:memberOf").contains("prov:wasDerivedFrom");
        Run jsonld = run("export", "--format", "jsonld", "--org", "CSTO");
        assertThat(jsonld.exit()).as(jsonld.err()).isZero();
        assertThat(jsonld.json().has("@context")).isTrue();
    }

    @Test
    void aJsonlExportImportedIntoAnotherKbReproducesTheClaims() throws IOException {
        Run export = run("export", "--format", "jsonl");
        Path file = dir.resolve("export.jsonl");
        Files.writeString(file, export.out());
        Path other = dir.resolve("other.db");
        Run imported = run(other, "import", "jsonl", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(run(other, "export", "--format", "jsonl").out().lines().sorted().map(ExchangeCommandsTest::withoutRecordedAt))
                .containsExactlyElementsOf(export.out().lines().sorted().map(ExchangeCommandsTest::withoutRecordedAt).toList());
    }

    /** The other KB loaded its curated data itself on creation, at its own recorded time. */
    private static String withoutRecordedAt(String line) {
        return line.replaceAll(",\"recorded_at\":\"[^\"]+\"", "");
    }

    @Test
    void userMistakesAreOneLineAndExitCodeTwo() throws IOException {
        Run folder = run("import", "cow", dir.resolve("missing").toString());
        assertThat(folder.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(folder.err().strip()).isEqualTo("blocwatch: no such folder: " + dir.resolve("missing"));
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"type\":\"membership\"}\n");
        Run jsonl = run("import", "jsonl", bad.toString());
        assertThat(jsonl.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(jsonl.err().strip()).isEqualTo("blocwatch: bad.jsonl line 1: missing field 'subject'");
    }

    @Test
    void newCommandsHaveHelp() {
        for (String[] cmd : List.of(new String[] {"import", "cow"}, new String[] {"import", "jsonl"},
                new String[] {"diff-sources"}, new String[] {"bench", "kb"})) {
            StringWriter out = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            List<String> args = new ArrayList<>(List.of(cmd));
            args.add("--help");
            assertThat(cli.execute(args.toArray(String[]::new))).isZero();
            assertThat(out.toString()).contains("Usage: blocwatch " + String.join(" ", cmd));
        }
    }
}
