package org.blocwatch.answers.report;

import org.blocwatch.answers.AdmittedClaims;
import org.blocwatch.answers.DateRange;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.EventKind;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.query.ClaimView;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.blocwatch.store.TestStores;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports on an invented pact and one of its states: self-contained, every row linked to its sources. */
@ParameterizedClass
@EnumSource(TestStores.class)
class ReportTest {

    /** The store of this run of the class, opened once for all its tests below. */
    @Parameter TestStores stores;
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final DateRange ALL = new DateRange(LocalDate.of(1990, 1, 1), TODAY);

    @TempDir static Path dir;
    static JdbcKnowledgeStore store;
    static ReportBuilder builder;

    @BeforeParameterizedClassInvocation static void open(TestStores stores) {
        store = stores.open(dir);
        store.putEntities(List.of(entity("PACT", EntityKind.ORGANISATION), entity("UNION", EntityKind.ORGANISATION),
                entity("AAA", EntityKind.STATE),
                entity("BBB", EntityKind.STATE), entity("CCC", EntityKind.STATE), entity("person:p", EntityKind.PERSON)));
        store.record(List.of(
                ReportFacts.membership("AAA", MembershipStatus.MEMBER, "1992-05-15", null, "Founding <treaty> & annex"),
                ReportFacts.membership("BBB", MembershipStatus.MEMBER, "1992-05-15", "1999-04-02", "Founding treaty"),
                ReportFacts.membership("AAA", MembershipStatus.SUSPENDED, "2024-02-22", null, "Freeze"),
                ReportFacts.membership("CCC", MembershipStatus.OBSERVER, "2013-01-01", null, "Observer decision"),
                ReportFacts.membership("AAA", "UNION", MembershipStatus.MEMBER, "2015-01-02", null, "Union treaty"),
                ReportFacts.event(EventKind.ARMED_CLASH, null, "1995-06-01", "Border war report", "AAA", "BBB"),
                ReportFacts.event(EventKind.SUMMIT, "PACT", "1996-10-01", "Communiqué", "AAA", "BBB")));
        builder = new ReportBuilder(new AdmittedClaims(store, ClaimView.CURRENT), TODAY);
    }

    @AfterParameterizedClassInvocation static void close() { store.close(); }

    static Entity entity(String id, EntityKind kind) { return new Entity(id, kind, id + " label", List.of(), Map.of()); }

    @Test
    void anOrganisationReportIsSelfContainedAndEveryLinkHasItsSource() {
        ReportData data = builder.build(store.entity("PACT").orElseThrow(), ALL, "as the KB knows it now");
        String html = HtmlReport.render(data);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "Membership by state", "Members over time",
                "Event timeline", "Network of memberships", "Indicators", "Sources");
        assertThat(html).doesNotContain("<script", "src=", "href=\"http", "@import", "url(");
        assertThat(html).contains("Founding &lt;treaty&gt; &amp; annex").doesNotContain("<treaty>");
        Matcher links = Pattern.compile("href=\"#(c-[0-9a-f]+)\"").matcher(html);
        int n = 0;
        while (links.find()) {
            n++;
            assertThat(html).contains("id=\"" + links.group(1) + "\"");
        }
        assertThat(n).isGreaterThan(5);
        assertThat(data.counts()).extracting(CountPoint::count).contains(2, 1);
        assertThat(data.links()).extracting(NetworkChart.Link::kind).contains("membership", "clash");
        assertThat(data.events()).hasSize(2);
        assertThat(data.around()).containsExactly("AAA", "BBB");
        assertThat(data.names()).containsEntry("CCC", "CCC label").containsEntry("PACT", "PACT label");
        assertThat(html).contains("CCC label");
    }

    @Test
    void aStateReportShowsItsOrganisationsAndClashes() {
        ReportData data = builder.build(store.entity("AAA").orElseThrow(), ALL, "now");
        assertThat(data.organisation()).isFalse();
        assertThat(data.around()).containsExactly("PACT", "UNION", "BBB");
        assertThat(data.episodes()).extracting(e -> e.org() + " " + e.status().wire() + " " + e.start())
                .containsExactlyInAnyOrder("PACT member 1992-05-15", "PACT suspended 2024-02-22", "UNION member 2015-01-02");
        assertThat(data.counts()).extracting(CountPoint::count).containsSubsequence(1, 2);
        String md = MarkdownReport.render(data);
        assertThat(md).startsWith("# AAA").contains("## Membership spans", "| PACT | member | 1992-05-15 |", "## Sources",
                "<a id=\"c-");
    }

    @Test
    void personsGetNoReport() {
        assertThatThrownBy(() -> builder.build(store.entity("person:p").orElseThrow(), ALL, "now"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organisations and states");
    }
}
