package org.blocwatch.answers.report;

import org.blocwatch.answers.Indicator;
import org.blocwatch.answers.MembershipEpisode;
import org.blocwatch.answers.ReportedEvent;
import org.blocwatch.model.Claim;
import org.blocwatch.model.Provenance;

import java.util.function.Function;

/**
 * A report as Markdown: the same sections and tables as the HTML form, charts as inline SVG
 * (rendered by viewers that allow HTML blocks), sources as anchored list items.
 */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(ReportData d) {
        SourceIndex sources = new SourceIndex();
        StringBuilder m = new StringBuilder();
        m.append("# ").append(cell(d.subject().id())).append(" \u2014 ").append(cell(d.subject().label())).append("\n\n")
                .append(cell(ReportText.subtitle(d))).append("\n\n");
        Function<MembershipEpisode, String> row = d.organisation() ? MembershipEpisode::subject : MembershipEpisode::org;
        m.append("## Memberships\n\n").append(GanttChart.render(d.episodes(), row, d.names(), d.range().from(), d.range().to(), HtmlReport.WIDTH)).append("\n\n");
        m.append("## Over time\n\n").append(CountChart.render(d.counts(), "Over time", d.range().from(), d.range().to(), HtmlReport.WIDTH, 260)).append("\n\n");
        m.append("## Event timeline\n\n").append(EventTimelineChart.render(d.events(), d.range().from(), d.range().to(), HtmlReport.WIDTH)).append("\n\n");
        m.append("## Network\n\n").append(NetworkChart.render(d.subject().id(), d.around(), d.links(), d.names(), 620)).append("\n\n");
        if (d.organisation()) {
            m.append("## Indicators\n\n| indicator | value | sources |\n|---|---|---|\n");
            for (Indicator i : d.indicators())
                m.append("| ").append(cell(i.label())).append(" | ").append(cell(i.display())).append(" | ")
                        .append(sources.markdownLinks(i.allClaims())).append(" |\n");
            m.append("\n");
        }
        m.append("## Membership spans\n\n| ").append(d.organisation() ? "state" : "organisation").append(" | status | from | to | sources |\n|---|---|---|---|---|\n");
        for (MembershipEpisode e : d.episodes())
            m.append("| ").append(cell(row.apply(e))).append(" | ").append(e.status().wire()).append(" | ").append(e.start() == null ? "?" : e.start())
                    .append(" | ").append(e.end() == null ? "" : e.end()).append(" | ").append(sources.markdownLinks(e.claims())).append(" |\n");
        m.append("\n## Events\n\n| date | kind | event | participants | sources |\n|---|---|---|---|---|\n");
        for (ReportedEvent e : d.events())
            m.append("| ").append(e.date()).append(" | ").append(e.event().kind().wire()).append(" | ").append(cell(e.label()))
                    .append(" | ").append(cell(String.join(", ", e.event().participants()))).append(" | ").append(sources.markdownLinks(e.claims())).append(" |\n");
        m.append("\n## Sources\n\n");
        int n = 0;
        for (Claim c : sources.cited()) {
            m.append(++n).append(". <a id=\"").append(SourceIndex.anchor(c)).append("\"></a>**").append(cell(HtmlReport.citation(c))).append("**");
            if (c.provenance() instanceof Provenance.Document doc) m.append(" \u2014 \u201c").append(cell(doc.quote())).append("\u201d");
            m.append(" \u2014 method: ").append(c.method()).append(", review: ").append(c.review().wire()).append(", claim `").append(c.id()).append("`\n");
        }
        return m.toString();
    }

    /**
     * Text as Markdown that shows it and does nothing else: Markdown passes HTML through, so
     * {@code < > &} become entities (no tag or event handler reaches a viewer); brackets,
     * backticks and emphasis marks are escaped (no link to a javascript: address, no code span
     * swallowing the table); pipes cannot end a cell and line breaks cannot end a row.
     */
    static String cell(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '|', '[', ']', '(', ')', '`', '*', '_', '\\', '!', '#' -> out.append('\\').append(c);
                default -> out.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        return out.toString().replaceAll(" {2,}", " ");
    }
}
