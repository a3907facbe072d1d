package org.blocwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.Claim;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Event;
import org.blocwatch.model.EventKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** review, conflicts, compare and report end to end, on the curated data plus a few extracted claims. */
class AnswersCliTest {

    @TempDir static Path dir;
    static String db;
    static Claim observer, applicant, skipped;

    static CliRun runWithInput(String stdin, String... args) { return CliRun.withInput(stdin, CliRun.onKb(db, args)); }

    static CliRun run(String... args) { return runWithInput("", args); }

    static String text;

    static Claim extracted(String subject, String object, MembershipStatus status, String from, String quote, String recorded) {
        int start = text.indexOf(quote);
        return Claim.of(Membership.span(subject, object, status, PartialDate.parse(from), null),
                new Provenance.Document("doc-9", start, start + quote.length(), quote), Method.extracted("status-rule"), 0.7,
                ReviewState.PROPOSED, Instant.parse(recorded));
    }

    @BeforeAll
    static void init() throws Exception {
        db = dir.resolve("kb.db").toString();
        assertThat(run("init").exit()).isZero();
        Path doc = dir.resolve("doc-9.txt");
        Files.writeString(doc, """
                Stand: 05.01.2026

                Neighbours at the table

                After long talks Serbia became an observer of the union, the ministry said. \
                Mongolia applied to join the treaty organisation, while Mongolia observes the union's summits.
                """, StandardCharsets.UTF_8);
        assertThat(run("ingest", doc.toString()).exit()).isZero();
        try (JdbcDocumentStore documents = JdbcDocumentStore.openSqlite(Path.of(db))) {
            text = documents.document("doc-9").orElseThrow().text().original();
        }
        observer = extracted("SRB", "EAEU", MembershipStatus.OBSERVER, "2019-10-25", "Serbia became an observer", "2026-01-05T00:00:00Z");
        applicant = extracted("MNG", "CSTO", MembershipStatus.APPLICANT, "2020-03-01", "Mongolia applied to join", "2026-01-06T00:00:00Z");
        skipped = extracted("MNG", "EAEU", MembershipStatus.OBSERVER, "2021-05-01", "Mongolia observes", "2026-01-07T00:00:00Z");
        try (JdbcKnowledgeStore store = Database.openSqlite(Path.of(db))) {
            store.record(List.of(observer, applicant, skipped, Claim.of(
                    new Event(EventKind.INTERVENTION, List.of("CSTO", "KGZ"), "CSTO", null, DateRef.of(PartialDate.parse("2023-05-01")), null),
                    new Provenance.Document("doc-10", 0, 20, "CSTO troops deployed"), Method.extracted("event-rule"), 0.6,
                    ReviewState.PROPOSED, Instant.parse("2026-01-08T00:00:00Z"))));
        }
    }

    @Test
    void theInteractiveReviewAcceptsEditsAndSkipsFromScriptedInput() throws Exception {
        CliRun before = run("status", "SRB", "EAEU", "--at", "2020-06-01");
        assertThat(before.exit()).isEqualTo(ExitCodes.NOTHING_FOUND);
        CliRun proposed = run("status", "SRB", "EAEU", "--at", "2020-06-01", "--include-proposed");
        assertThat(proposed.out()).contains("observer").contains("[proposed]");

        CliRun walk = runWithInput("maybe\na\ne\nfrom\n2020-04-01\ns\n", "review", "--doc", "doc-9", "--type", "membership");
        assertThat(walk.exit()).as(walk.err()).isZero();
        assertThat(walk.out()).contains("3 claims await review", "[1/3] " + observer.id(), "After long talks \u00bbSerbia became an observer\u00ab of the union",
                "please answer a, r, e, s or q", "accepted", "rejected and retracted",
                "reviewed: 1 accepted, 0 rejected, 1 edited, 1 skipped");

        CliRun accepted = run("status", "SRB", "EAEU", "--at", "2020-06-01");
        assertThat(accepted.exit()).isZero();
        assertThat(accepted.out()).contains("observer").doesNotContain("[proposed]");
        // as the KB stood before the review (recorded, not yet accepted)
        assertThat(run("status", "SRB", "EAEU", "--at", "2020-06-01", "--known-at", "2026-02-01").exit()).isEqualTo(ExitCodes.NOTHING_FOUND);
        assertThat(run("status", "SRB", "EAEU", "--at", "2020-06-01", "--known-at", "2026-02-01", "--include-proposed").exit()).isZero();

        JsonNode edited = run("status", "MNG", "CSTO", "--at", "2020-06-01", "--json").json();
        assertThat(edited.get("from").asText()).isEqualTo("2020-04-01");
        assertThat(edited.get("sources").get(0).get("method").asText()).isEqualTo("extracted:status-rule;edited:from");
        assertThat(edited.get("sources").get(0).get("quote").asText()).isEqualTo("Mongolia applied to join");
        JsonNode old = run("status", "MNG", "CSTO", "--at", "2020-03-15", "--known-at", "2026-02-01", "--include-proposed", "--json").json();
        assertThat(old.get("from").asText()).isEqualTo("2020-03-01");

        CliRun script = run("review", "reject", skipped.id());
        assertThat(script.exit()).isZero();
        assertThat(script.out().strip()).isEqualTo(skipped.id() + " rejected");
        assertThat(run("review", "--doc", "doc-9").exit()).isEqualTo(ExitCodes.NOTHING_FOUND);
    }

    @Test
    void scriptedDecisionsOnUnknownClaimsAreOneLineErrors() {
        CliRun r = run("review", "accept", "nope");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("blocwatch: no claim with id nope");
        assertThat(run("review", "--type", "opinion").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void conflictsShowBothSidesWithTheirSources() throws Exception {
        CliRun r = run("conflicts", "--about", "Usbekistan", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> kinds = new ArrayList<>();
        r.json().forEach(c -> {
            kinds.add(c.get("kind").asText());
            assertThat(c.get("first").get("citation").asText()).isNotBlank();
            assertThat(c.get("second").get("independent_sources").asInt()).isPositive();
        });
        assertThat(kinds).contains("dates");
    }

    @Test
    void compareCstoAndNatoPutsTheKbBesideTheAnalysis() throws Exception {
        CliRun r = run("compare", "OVKS", "NATO", "--to", "2023-09", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode n = r.json();
        assertThat(n.get("organisations")).extracting(o -> o.get("id").asText()).containsExactly("CSTO", "NATO");
        JsonNode peak = null;
        for (JsonNode f : n.get("analysis"))
            if (f.get("org").asText().equals("CSTO") && f.get("indicator").asText().equals("peak_members")) peak = f;
        assertThat(peak).isNotNull();
        assertThat(peak.get("citation").asText()).isEqualTo("Stratievski 2023, seed-004");
        assertThat(peak.get("stated").asInt()).isEqualTo(8);
        assertThat(peak.get("kb").get("value").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(peak.get("kb").get("sources").size()).isGreaterThanOrEqualTo(peak.get("kb").get("value").asInt());
    }

    @Test
    void compareAsTheKbKnewItBeforeItExistedFindsNothing() throws Exception {
        CliRun r = run("compare", "CSTO", "--known-at", "2020-01-01", "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.NOTHING_FOUND);
        assertThat(r.json().get("organisations").get(0).get("indicators").get(0).get("value").asInt()).isZero();
    }

    @Test
    void compareMarksValuesThatRestOnProposedClaims() {
        assertThat(run("compare", "CSTO", "--from", "2023", "--to", "2023").out()).containsPattern("operations and interventions +0 ");
        CliRun r = run("compare", "CSTO", "--from", "2023", "--to", "2023", "--include-proposed", "--explain");
        assertThat(r.out()).containsPattern("operations and interventions +1 \\[proposed\\]").contains("review: proposed");
    }

    @Test
    void compareExplainsEachNumberWithItsClaims() {
        CliRun r = run("compare", "CSTO", "--from", "1999", "--to", "1999", "--explain");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("exits (withdrawals)", "rests on", "source:", "method: curated");
    }

    @Test
    void reportsAreWrittenAndBadReportRequestsAreUserErrors() throws Exception {
        Path html = dir.resolve("csto.html");
        CliRun r = run("report", "CSTO", "--out", html.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(html)).contains("<svg", "id=\"sources\"");
        assertThat(run("report", "CSTO", "--out", dir.resolve("x.pdf").toString(), "--format", "pdf").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun missing = run("report", "CSTO", "--out", dir.resolve("no/such/dir/x.html").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err().lines()).hasSize(1);
        CliRun range = run("compare", "CSTO", "--from", "2020", "--to", "2010");
        assertThat(range.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(range.err().strip()).startsWith("blocwatch: the range ends");
    }

    @Test
    void everyNewCommandHasHelp() {
        for (String cmd : List.of("review", "conflicts", "compare", "report")) {
            CliRun r = run(cmd, "--help");
            assertThat(r.exit()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: blocwatch " + cmd).contains("--db");
        }
    }
}
