package org.blocwatch.answers.report;

import org.apache.commons.text.StringEscapeUtils;
import org.blocwatch.answers.Indicator;
import org.blocwatch.answers.MembershipEpisode;
import org.blocwatch.answers.ReportedEvent;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Provenance;

import java.util.function.Function;

/**
 * A report as one self-contained HTML file: inline SVG charts and an inline stylesheet, no
 * script and nothing fetched when it is opened. Every table row links to the sources section,
 * which lists citation, quote and method of each claim cited.
 */
public final class HtmlReport {
    static final int WIDTH = 1240;

    private HtmlReport() {}

    public static String render(ReportData d) {
        SourceIndex sources = new SourceIndex();
        StringBuilder h = new StringBuilder();
        String title = d.subject().id() + " \u2014 " + d.subject().label();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">").append(esc(ReportText.subtitle(d))).append("</p>\n");
        h.append("<nav><a href=\"#gantt\">Memberships</a> \u00b7 <a href=\"#count\">Over time</a> \u00b7 <a href=\"#events\">Events</a> \u00b7 "
                + "<a href=\"#network\">Network</a> \u00b7 ").append(d.organisation() ? "<a href=\"#indicators\">Indicators</a> \u00b7 " : "")
                .append("<a href=\"#sources\">Sources</a></nav>\n");

        Function<MembershipEpisode, String> row = d.organisation() ? MembershipEpisode::subject : MembershipEpisode::org;
        section(h, "gantt", d.organisation() ? "Membership by state" : "Memberships by organisation");
        h.append(figure(GanttChart.render(d.episodes(), row, d.names(), d.range().from(), d.range().to(), WIDTH)));
        section(h, "count", d.organisation() ? "Members over time" : "Organisations belonged to over time");
        h.append(figure(CountChart.render(d.counts(), d.organisation() ? "Members over time" : "Memberships over time",
                d.range().from(), d.range().to(), WIDTH, 260)));
        section(h, "events", "Event timeline");
        h.append(figure(EventTimelineChart.render(d.events(), d.range().from(), d.range().to(), WIDTH)));
        section(h, "network", d.organisation() ? "Network of memberships and of clashes between members" : "Network of memberships and clashes");
        h.append(figure(NetworkChart.render(d.subject().id(), d.around(), d.links(), d.names(), 620)));

        if (d.organisation()) {
            section(h, "indicators", "Indicators");
            h.append("<table><tr><th>indicator</th><th>value</th><th>sources</th></tr>\n");
            for (Indicator i : d.indicators())
                h.append("<tr><td>").append(esc(i.label())).append("</td><td>").append(esc(i.display())).append("</td><td>")
                        .append(sources.htmlLinks(i.allClaims())).append("</td></tr>\n");
            h.append("</table>\n");
        }
        section(h, "spans", "Membership spans");
        h.append("<table><tr><th>").append(d.organisation() ? "state" : "organisation")
                .append("</th><th>status</th><th>from</th><th>to</th><th>sources</th></tr>\n");
        for (MembershipEpisode e : d.episodes())
            h.append("<tr><td>").append(esc(row.apply(e) + " " + d.names().getOrDefault(row.apply(e), ""))).append("</td><td>")
                    .append(e.status().wire()).append("</td><td>").append(e.start() == null ? "?" : e.start()).append("</td><td>")
                    .append(e.end() == null ? "" : e.end()).append("</td><td>").append(sources.htmlLinks(e.claims())).append("</td></tr>\n");
        h.append("</table>\n");
        section(h, "event-table", "Events");
        h.append("<table><tr><th>date</th><th>kind</th><th>event</th><th>participants</th><th>sources</th></tr>\n");
        for (ReportedEvent e : d.events())
            h.append("<tr><td>").append(e.date()).append("</td><td>").append(e.event().kind().wire()).append("</td><td>")
                    .append(esc(e.label())).append("</td><td>").append(esc(String.join(", ", e.event().participants())))
                    .append("</td><td>").append(sources.htmlLinks(e.claims())).append("</td></tr>\n");
        h.append("</table>\n");

        section(h, "sources", "Sources");
        h.append("<ol class=\"sources\">\n");
        for (Claim c : sources.cited()) {
            h.append("<li id=\"").append(SourceIndex.anchor(c)).append("\"><b>").append(esc(citation(c))).append("</b>");
            if (c.provenance() instanceof Provenance.Document doc)
                h.append("<br><q>").append(esc(doc.quote())).append("</q>");
            if (c.provenance() instanceof Provenance.Curated k && k.note() != null)
                h.append("<br><span class=\"note\">").append(esc(k.note())).append("</span>");
            h.append("<br><span class=\"meta\">method: ").append(esc(c.method().toString())).append(" \u00b7 review: ")
                    .append(c.review().wire()).append(" \u00b7 claim ").append(c.id()).append("</span><br><code>")
                    .append(esc(ClaimJson.bodyKey(c.body()))).append("</code></li>\n");
        }
        h.append("</ol>\n</body></html>\n");
        return h.toString();
    }

    static String citation(Claim c) {
        if (c.provenance() instanceof Provenance.Curated k)
            return k.citation() + (k.file() == null ? "" : " (data/curated/" + k.file() + ")");
        if (c.provenance() instanceof Provenance.Document doc) return "document " + doc.docId() + " [" + doc.start() + "-" + doc.end() + "]";
        return c.provenance().cite();
    }

    private static void section(StringBuilder h, String id, String title) {
        h.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
    }

    private static String figure(String svg) {
        return "<figure>" + svg + "</figure>\n";
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px 32px;color:#1a202c;max-width:1280px}
            h1{font-size:26px;margin-bottom:4px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #e2e8f0;padding-bottom:4px}
            .meta{color:#4a5568;font-size:13px}nav{margin:12px 0;font-size:14px}a{color:#2b6cb0;text-decoration:none}
            figure{margin:8px 0}table{border-collapse:collapse;font-size:13px;width:100%}
            th,td{border-bottom:1px solid #e2e8f0;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f7fafc}
            .sources li{margin-bottom:10px;font-size:13px}.note{color:#4a5568}code{font-size:11px;color:#4a5568}q{font-style:italic}
            li:target{background:#fefcbf}
            """;
}
