package org.blocwatch.cli;

import org.blocwatch.model.Claim;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Event;
import org.blocwatch.model.EventKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text (markup, script, event handlers, javascript: links, spreadsheet formulas) in
 * entity names, citations, quotes and event labels, through every output that is a markup or a
 * spreadsheet: the HTML report with its SVG, the Markdown report, the CSV export.
 */
class HostileTextTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "<img src=x onerror=alert(2)>";
    private static final String LINK = "[click](javascript:alert(3))";

    @TempDir static Path dir;
    static String db;

    @BeforeAll
    static void hostileKnowledgeBase() {
        db = dir.resolve("kb.db").toString();
        assertThat(CliTest.run("init", "--db", db).exit()).isZero();
        try (JdbcKnowledgeStore store = Database.openSqlite(Path.of(db))) {
            store.putEntities(List.of(
                    new Entity("EVIL", EntityKind.ORGANISATION, "Evil " + SCRIPT + " Pact", List.of(), Map.of("cow", "=HYPERLINK(\"http://x\")")),
                    new Entity("XXA", EntityKind.STATE, "=1+2 " + IMAGE, List.of(), Map.of()),
                    new Entity("XXB", EntityKind.STATE, "@SUM(A1) | " + LINK, List.of(), Map.of())));
            Instant at = Instant.parse("2026-01-01T00:00:00Z");
            store.record(List.of(
                    Claim.of(Membership.span("XXA", "EVIL", MembershipStatus.MEMBER, PartialDate.parse("1995"), null),
                            new Provenance.Curated("Treaty " + SCRIPT + " & " + LINK, "hostile.yaml", null),
                            Method.CURATED, 1, ReviewState.ACCEPTED, at),
                    Claim.of(Membership.span("XXB", "EVIL", MembershipStatus.MEMBER, PartialDate.parse("1996"), null),
                            new Provenance.Document("evil-doc", 0, 20, "quoted " + IMAGE + " `code` | cell"),
                            Method.extracted("hostile-test"), 0.9, ReviewState.ACCEPTED, at),
                    Claim.of(new Event(EventKind.SUMMIT, List.of("XXA", "XXB"), "EVIL", null, DateRef.of(PartialDate.parse("2000-05-05")), null),
                            new Provenance.Curated("Communiqué " + IMAGE, "hostile.yaml", null),
                            Method.CURATED, 1, ReviewState.ACCEPTED, at)));
        }
    }

    @Test
    void noMarkupReachesTheHtmlOrMarkdownReport() throws Exception {
        for (String format : List.of("html", "md")) {
            Path out = dir.resolve("report." + format);
            CliRun r = CliTest.run("report", "EVIL", "--out", out.toString(), "--format", format, "--db", db);
            assertThat(r.exit()).as(r.err()).isZero();
            String text = Files.readString(out);
            assertThat(text).as(format).doesNotContain("<script", "<img");
            assertThat(text).as(format).contains("&lt;script&gt;", "&lt;img");
        }
        String md = Files.readString(dir.resolve("report.md"));
        // inline SVG is an HTML block, where Markdown makes no links (its text is XML-escaped)
        assertThat(md.replaceAll("(?s)<svg.*?</svg>", "")).doesNotContain("](javascript:");
        assertThat(md).contains("\\[click\\]\\(javascript:alert\\(3\\)\\)", "\\`code\\` \\| cell");
        for (String row : md.lines().filter(l -> l.startsWith("| XX")).toList())
            assertThat(row.split("(?<!\\\\)\\|", -1)).as(row).hasSize(7);
    }

    @Test
    void noCsvCellStartsAFormula() {
        CliRun r = CliTest.run("export", "--format", "csv", "--org", "EVIL", "--from", "1995", "--to", "1996", "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = r.out().lines().skip(1).toList();
        assertThat(rows).isNotEmpty();
        for (String row : rows)
            for (String cell : row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
                String value = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(value).as(row).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("-");
            }
        assertThat(r.out()).contains("'=1+2", "'@SUM(A1)", "'=hyperlink");
    }
}
